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
/// Whenever a built-in pattern matches a text, the text contains one of the pattern's required literals, and the
/// match opens with one of the pattern's openings: checked on every sentence of the samples, the test fixtures and,
/// where it is present, the shared corpus, and on texts stitched from the literals and vocabulary words themselves.
/// </summary>
public class RequiredLiteralsSoundness
{
    private static readonly Lazy<IReadOnlyList<(string Pattern, Regex Regex, string[][] Literals)>> Patterns = new(ReadBuiltInPatterns);

    private static readonly Lazy<IReadOnlyList<(string Pattern, Regex Regex, string[] Openings)>> Opened = new(() =>
        BuiltInVocabulary.Patterns()
            .Select(p => (p.Value, new Regex(p.Expanded, RegexOptions.CultureInvariant), RequiredLiterals.Openings(p.Expanded)?.ToArray()))
            .Where(p => p.Item3 is not null)
            .Select(p => (p.Value, p.Item2, p.Item3!))
            .ToList());

    private static readonly Lazy<IReadOnlyList<(string Pattern, Regex Regex, string[] Openings, string[] Unless)>> OpenedOnCondition = new(() =>
        BuiltInVocabulary.Patterns()
            .Select(p => (p.Value, new Regex(p.Expanded, RegexOptions.CultureInvariant), RequiredLiterals.ConditionalOpenings(p.Expanded)))
            .Where(p => p.Item3.Unless is not null)
            .Select(p => (p.Value, p.Item2, p.Item3.Openings!.ToArray(), p.Item3.Unless!.ToArray()))
            .ToList());

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

    [Fact]
    public void Many_built_in_patterns_have_openings()
    {
        Assert.True(Opened.Value.Count * 2 > Patterns.Value.Count, $"only {Opened.Value.Count} of {Patterns.Value.Count} patterns have openings");
    }

    [Fact]
    public void Every_match_in_real_sentences_opens_with_an_opening()
    {
        var matched = 0;
        foreach (var sentence in BuiltInVocabulary.Sentences())
        {
            foreach (var (pattern, regex, openings) in Opened.Value)
            {
                for (var match = regex.Match(sentence); match.Success; match = regex.Match(sentence, match.Index + 1))
                {
                    matched++;
                    var index = match.Index;
                    Assert.True(openings.Any(o => sentence.AsSpan(index).StartsWith(o, StringComparison.Ordinal)), $"'{pattern}' matches \"{match.Value}\" in \"{sentence}\", which opens with none of its openings");
                }
            }
        }

        Assert.True(matched > 50, $"only {matched} matches: the check saw too little");
    }

    [Fact]
    public void Word_lists_with_entries_that_open_with_anything_keep_openings_on_a_condition()
    {
        Assert.True(OpenedOnCondition.Value.Count >= 10, $"only {OpenedOnCondition.Value.Count} patterns have openings on a condition");
    }

    [Fact]
    public void Every_match_in_real_sentences_opens_with_an_opening_or_holds_what_the_condition_names()
    {
        var opened = 0;
        var held = 0;
        foreach (var sentence in BuiltInVocabulary.Sentences())
        {
            foreach (var (pattern, regex, openings, unless) in OpenedOnCondition.Value)
            {
                for (var match = regex.Match(sentence); match.Success; match = regex.Match(sentence, match.Index + 1))
                {
                    var index = match.Index;
                    if (openings.Any(o => sentence.AsSpan(index).StartsWith(o, StringComparison.Ordinal)))
                    {
                        opened++;
                        continue;
                    }

                    held++;
                    Assert.True(unless.Any(u => match.Value.Contains(u, StringComparison.Ordinal)), $"'{pattern}' matches \"{match.Value}\" in \"{sentence}\", which opens with none of its openings and holds none of [{string.Join('|', unless)}]");
                }
            }
        }

        Assert.True(opened > 50 && held > 5, $"only {opened} matches at openings and {held} elsewhere: the check saw too little");
    }

    [Property(MaxTest = 400)]
    public Property Every_match_in_stitched_text_opens_with_an_opening_or_holds_what_the_condition_names()
    {
        var words = OpenedOnCondition.Value.SelectMany(p => p.Openings.Concat(p.Unless)).Distinct().ToArray();
        var pieces = words.Concat([" ", " is ", " are ", " not ", " no ", " the ", " your ", "arthr", "neur", "100", "%", ".", ",", " may ", " will "]).ToArray();
        var texts = Gen.Elements(pieces).ListOf().Select(p => string.Concat(p));
        return Prop.ForAll(Arb.From(texts), text =>
            OpenedOnCondition.Value.All(p => p.Regex.Match(text) is not { Success: true } match
                || p.Openings.Any(o => text.AsSpan(match.Index).StartsWith(o, StringComparison.Ordinal))
                || p.Unless.Any(u => match.Value.Contains(u, StringComparison.Ordinal))));
    }

    [Property(MaxTest = 400)]
    public Property Every_match_in_stitched_text_opens_with_an_opening()
    {
        var words = Opened.Value.SelectMany(p => p.Openings).Distinct().ToArray();
        var pieces = words.Concat([" ", " is ", " are ", " not ", " no ", " the ", " your ", "100", "%", ".", ",", " may ", " will "]).ToArray();
        var texts = Gen.Elements(pieces).ListOf().Select(p => string.Concat(p));
        return Prop.ForAll(Arb.From(texts), text =>
            Opened.Value.All(p => p.Regex.Match(text) is not { Success: true } match
                || p.Openings.Any(o => text.AsSpan(match.Index).StartsWith(o, StringComparison.Ordinal))));
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
