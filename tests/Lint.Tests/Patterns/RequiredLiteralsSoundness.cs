using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Analysis;
using HealthLint.Parsing;
using HealthLint.Rules.Loading;
using HealthLint.Analysis.Text;
using HealthLint.Rules.Patterns;
using HealthLint.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// Whenever a built-in pattern matches a text, the text contains one of the pattern's required literals: checked on
/// every sentence of the samples, the test fixtures and, where it is present, the shared corpus, and on texts
/// stitched from the literals and vocabulary words themselves.
/// </summary>
public class RequiredLiteralsSoundness
{
    private static readonly Lazy<IReadOnlyList<(string Pattern, Regex Regex, string[][] Literals)>> Patterns = new(ReadBuiltInPatterns);

    [Fact]
    public void Most_built_in_patterns_have_literals()
    {
        var patterns = Patterns.Value;
        Assert.True(patterns.Count > 300, $"only {patterns.Count} patterns read");
        var without = patterns.Count(p => p.Literals.Length == 0);
        Assert.True(without * 10 < patterns.Count, $"{without} of {patterns.Count} patterns have no literals");
    }

    [Fact]
    public void Every_match_in_real_sentences_contains_a_literal()
    {
        var sentences = RealSentences().ToList();
        Assert.NotEmpty(sentences);
        var matched = 0;
        foreach (var sentence in sentences)
        {
            foreach (var (pattern, regex, literals) in Patterns.Value)
            {
                if (literals.Length == 0 || !regex.IsMatch(sentence))
                {
                    continue;
                }

                matched++;
                foreach (var set in literals)
                {
                    Assert.True(set.Any(l => sentence.Contains(l, StringComparison.Ordinal)), $"'{pattern}' matches \"{sentence}\" but it holds none of [{string.Join('|', set)}]");
                }
            }
        }

        Assert.True(matched > 50, $"only {matched} matches: the check saw too little");
    }

    [Property(MaxTest = 400)]
    public Property Every_match_in_stitched_text_contains_a_literal()
    {
        var words = Patterns.Value.SelectMany(p => p.Literals.SelectMany(set => set)).Distinct().ToArray();
        var pieces = words.Concat([" ", " is ", " are ", " not ", " no ", " the ", " your ", "100", "%", ".", ",", " may ", " will "]).ToArray();
        var texts = Gen.Elements(pieces).ListOf().Select(p => string.Concat(p));
        return Prop.ForAll(Arb.From(texts), text =>
            Patterns.Value.All(p => p.Literals.Length == 0 || !p.Regex.IsMatch(text) || p.Literals.All(set => set.Any(l => text.Contains(l, StringComparison.Ordinal)))));
    }

    private static string Root => RepositoryRoot.Path ?? throw new InvalidOperationException("the tests run from a clone of the repository");

    private static IEnumerable<string> RealSentences()
    {
        var folders = new List<string> { Path.Combine(Root, "samples"), Path.Combine(Root, "tests", "Lint.Tests", "Fixtures") };
        if (SharedFolder.Folder("corpus", "docs") is { } corpus)
        {
            folders.Add(corpus);
        }

        foreach (var file in folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            if (!DocumentFormats.TryFromPath(file, out var format))
            {
                continue;
            }

            var analysis = DocumentAnalysis.Analyze(DocumentReader.Read(File.ReadAllText(file), format));
            foreach (var sentence in analysis.Sentences)
            {
                yield return sentence.Normalized;
            }
        }
    }

    private static IReadOnlyList<(string, Regex, string[][])> ReadBuiltInPatterns()
    {
        var assembly = typeof(RulePackLoader).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        var vocabularyName = resources.Single(n => n.EndsWith(RulePackLoader.VocabularyFileName, StringComparison.Ordinal));
        var vocabularyMap = YamlMap.Parse("vocabulary.yaml", Read(assembly, vocabularyName));
        var vocabulary = Vocabulary.Read(vocabularyMap.Map("vocabulary"), Vocabulary.Empty);
        var patterns = new List<(string, Regex, string[][])>();
        foreach (var name in resources.Where(n => n != vocabularyName))
        {
            var map = YamlMap.Parse(name, Read(assembly, name));
            var local = Vocabulary.Read(map.Map("vocabulary"), vocabulary);
            var stream = new YamlStream();
            stream.Load(new StringReader(Read(assembly, name)));
            foreach (var scalar in stream.Documents[0].AllNodes.OfType<YamlScalarNode>())
            {
                if (scalar.Value is not { Length: > 0 } value)
                {
                    continue;
                }

                string expanded;
                Regex regex;
                try
                {
                    expanded = local.Expand(value.Trim(), problem => new ArgumentException(problem));
                    regex = new Regex(expanded, RegexOptions.CultureInvariant);
                }
                catch (ArgumentException)
                {
                    continue;
                }

                patterns.Add((value, regex, RequiredLiterals.AllOf(expanded).Select(set => set.ToArray()).ToArray()));
            }
        }

        return patterns;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
