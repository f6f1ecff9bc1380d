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
        var sentences = BuiltInVocabulary.Sentences();
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

    private static IReadOnlyList<(string, Regex, string[][])> ReadBuiltInPatterns() =>
        BuiltInVocabulary.Patterns()
            .Select(p => (p.Value, new Regex(p.Expanded, RegexOptions.CultureInvariant), RequiredLiterals.AllOf(p.Expanded).Select(set => set.ToArray()).ToArray()))
            .ToList();
}
