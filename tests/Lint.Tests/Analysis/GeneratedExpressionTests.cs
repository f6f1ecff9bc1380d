using System.Reflection;
using System.Text.RegularExpressions;
using HealthLint.Analysis;
using HealthLint.Documents;
using HealthLint.Parsing;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Analysis;

/// <summary>
/// The .NET 10 regex source generator gets some expressions wrong: a lazy bounded loop before an alternation matched
/// past its bound or threw <see cref="IndexOutOfRangeException"/> on ordinary sentences. Every generated expression of
/// the library must find what the interpreter finds, and throw nothing, on the prose of the labelled articles.
/// </summary>
public class GeneratedExpressionTests
{
    private static readonly string[] KnownTriggers =
    [
        "they are less useful for a blocked nose.",
        "it's a lovely idea, but there's no good evidence that eating honey prevents hay fever.",
        "gout is a form of inflammatory arthritis caused by crystals of monosodium urate",
        "some links on this blog are affiliate links, which means i may earn a small commission at no cost to you.",
        "aciclovir is an antiviral medicine that stops the virus from multiplying.",
        "## symptoms and what to do when turmeric cures eczema",
    ];

    [Fact]
    public void Every_generated_expression_finds_what_the_interpreter_finds()
    {
        var sentences = KnownTriggers.Concat(ArticleSentences()).ToArray();
        var expressions = GeneratedExpressions().ToArray();
        Assert.NotEmpty(expressions);
        var disagreements = new List<string>();
        foreach (var (name, generated) in expressions)
        {
            var interpreted = new Regex(generated.ToString(), generated.Options & ~RegexOptions.Compiled, TimeSpan.FromSeconds(5));
            foreach (var sentence in sentences)
            {
                string found;
                try
                {
                    var match = generated.Match(sentence);
                    found = match.Success ? $"{match.Index}+{match.Length}" : "none";
                }
                catch (RegexMatchTimeoutException)
                {
                    continue;
                }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
                {
                    disagreements.Add($"{name} throws {e.GetType().Name} on \"{sentence}\"");
                    break;
                }

                var expected = interpreted.Match(sentence);
                var wanted = expected.Success ? $"{expected.Index}+{expected.Length}" : "none";
                if (found != wanted)
                {
                    disagreements.Add($"{name} finds {found}, the interpreter {wanted}, on \"{sentence}\"");
                    break;
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static IEnumerable<(string Name, Regex Expression)> GeneratedExpressions()
    {
        foreach (var type in typeof(Linter).Assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && !method.ContainsGenericParameters
                    && method.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
                {
                    yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
                }
            }
        }
    }

    /// <summary>The normalized sentences of the repository's labelled articles, as the rules read them.</summary>
    private static IEnumerable<string> ArticleSentences()
    {
        var docs = Path.Combine(RepositoryRoot.Path!, "tests", "corpus", "docs");
        foreach (var file in Directory.EnumerateFiles(docs).Order(StringComparer.Ordinal))
        {
            if (DocumentFormats.TryFromPath(file, out var format))
            {
                foreach (var sentence in DocumentAnalysis.Analyze(DocumentReader.Read(File.ReadAllText(file), format)).Sentences)
                {
                    yield return sentence.Normalized;
                }
            }
        }
    }
}
