using System.Reflection;
using System.Text.RegularExpressions;
using HealthLint.Analysis;
using HealthLint.Parsing;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Tests.Support;

/// <summary>The built-in rule files and word lists as embedded in the library, and real sentences to match them on.</summary>
public static class BuiltInVocabulary
{
    private static readonly Lazy<IReadOnlyList<string>> RealSentences = new(ReadSentences);

    /// <summary>The embedded rule files other than the vocabulary, by resource name, with their text.</summary>
    public static IEnumerable<(string Name, string Text)> RuleFiles()
    {
        var assembly = typeof(RulePackLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal) && !n.EndsWith(RulePackLoader.VocabularyFileName, StringComparison.Ordinal))
            .Select(n => (n, ReadResource(assembly, n)));
    }

    /// <summary>
    /// Every text value of the built-in rule files that is a pattern, with the vocabulary it is expanded with, and
    /// its expansion.
    /// </summary>
    internal static IEnumerable<(string Value, Vocabulary Vocabulary, string Expanded)> Patterns()
    {
        var vocabulary = Read();
        foreach (var (name, text) in RuleFiles())
        {
            var local = Vocabulary.Read(YamlMap.Parse(name, text).Map("vocabulary"), vocabulary);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            foreach (var scalar in stream.Documents[0].AllNodes.OfType<YamlScalarNode>())
            {
                if (scalar.Value is not { Length: > 0 } value)
                {
                    continue;
                }

                string expanded;
                try
                {
                    expanded = local.Expand(value.Trim(), problem => new ArgumentException(problem));
                    _ = new Regex(expanded, RegexOptions.CultureInvariant);
                }
                catch (ArgumentException)
                {
                    continue;
                }

                yield return (value.Trim(), local, expanded);
            }
        }
    }

    /// <summary>The shared vocabulary.</summary>
    internal static Vocabulary Read()
    {
        var assembly = typeof(RulePackLoader).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(RulePackLoader.VocabularyFileName, StringComparison.Ordinal));
        var map = YamlMap.Parse("vocabulary.yaml", ReadResource(assembly, name));
        return Vocabulary.Read(map.Map("vocabulary"), Vocabulary.Empty);
    }

    /// <summary>
    /// The normalized sentences of the samples, the test fixtures and, where it is present, the shared corpus, in a
    /// fixed order.
    /// </summary>
    public static IReadOnlyList<string> Sentences() => RealSentences.Value;

    private static IReadOnlyList<string> ReadSentences()
    {
        var root = RepositoryRoot.Path ?? throw new InvalidOperationException("the tests run from a clone of the repository");
        var folders = new List<string> { Path.Combine(root, "samples"), Path.Combine(root, "tests", "Lint.Tests", "Fixtures") };
        if (SharedFolder.Folder("corpus", "docs") is { } corpus)
        {
            folders.Add(corpus);
        }

        var sentences = new List<string>();
        foreach (var file in folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            if (DocumentFormats.TryFromPath(file, out var format))
            {
                sentences.AddRange(DocumentAnalysis.Analyze(DocumentReader.Read(File.ReadAllText(file), format)).Sentences.Select(s => s.Normalized));
            }
        }

        return sentences;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
