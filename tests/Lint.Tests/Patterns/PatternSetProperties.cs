using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Rules.Kinds;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>Pattern sets always end, and report matches inside the text, in order of position, for any text.</summary>
public class PatternSetProperties
{
    private static readonly PatternList Statements = Read("""
        vocabulary:
          object: [professional medical advice, your doctor, diagnosis or treatment]
        patterns:
          - 'not (?:\w+ ){0,3}?(?:a )?substitute for (?:\w+ ){0,4}?{object}'
          - 'no substitute for (?:\w+ ){0,4}?{object}'
          - '(?:is|are) not (?:\w+ ){0,2}?medical advice'
          - pattern: 'guaranteed'
            requires: '{object}'
        """);

    private static readonly string[] Pieces =
    [
        "they are", " not", " no", " professional", " medical", " advice", " and", " are", " substitute", " for",
        " diagnosis", " or", " treatment", " by", " your", " doctor", ",", ".", " guaranteed", " ", "!", "é", "😀",
    ];

    private static PatternList Read(string yaml)
    {
        var map = YamlMap.Parse("test.yaml", yaml);
        return PatternList.Read(map, "patterns", Vocabulary.Read(map.Map("vocabulary"), Vocabulary.Empty), required: true);
    }

    [Property(MaxTest = 300)]
    public Property MatchesEndAndLieInsideTheText() =>
        Prop.ForAll(Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))), text =>
        {
            var matches = Statements.Matches(text).Take(text.Length + 10).ToList();
            var starts = matches.Select(m => m.Start).ToList();
            return matches.Count <= text.Length + 1
                && matches.All(m => m.Start >= 0 && m.Start <= m.End && m.End <= text.Length)
                && starts.SequenceEqual(starts.Order());
        });

    [Property(MaxTest = 300)]
    public Property A_reading_stopped_early_gives_the_beginning_of_a_whole_reading() =>
        Prop.ForAll(Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))), Arb.From(Gen.Choose(0, 4)), (text, taken) =>
        {
            var first = Statements.Matches(text).Take(taken).ToList();
            var whole = Statements.Matches(text).ToList();
            return first.SequenceEqual(whole.Take(taken)) && whole.SequenceEqual(Statements.Matches(text).ToList());
        });

    /// <summary>Patterns that each need words of their own: a text is looked at once for all of them.</summary>
    private static readonly string[] Separate = [@"alpha \w+", "beta", "gamma (?:one|two)", @"\d+ units", "omega"];

    /// <summary>The same and a pattern that needs no word at all, which any text may match.</summary>
    private static readonly string[] SeparateAndAny = [.. Separate, @"\W{3}"];

    private static readonly string[] SeparatePieces = ["alpha", "beta", "gamma", "one", "two", "omega", "12", "units", "x", " ", " ", ".", "!"];

    [Property(MaxTest = 300)]
    public Property A_set_finds_where_each_of_its_patterns_alone_finds() =>
        Prop.ForAll(Arb.From(Gen.Elements(SeparatePieces).ListOf().Select(parts => string.Concat(parts))), text =>
            new[] { Separate, SeparateAndAny }.All(patterns =>
            {
                var together = ListOf(patterns).Matches(text).Select(m => m.Start).ToHashSet();
                var alone = patterns.SelectMany(pattern => ListOf([pattern]).Matches(text).Select(m => m.Start)).ToHashSet();
                return together.SetEquals(alone);
            }));

    private static PatternList ListOf(IEnumerable<string> patterns) =>
        Read("patterns:\n" + string.Concat(patterns.Select(p => $"  - '{p}'\n")));

    [Theory]
    [InlineData("say alpha now", "alpha now")]
    [InlineData("a beta test", "beta")]
    [InlineData("gamma two.", "gamma two")]
    [InlineData("take 12 units", "12 units")]
    [InlineData("omega", "omega")]
    public void Each_pattern_of_a_set_is_found_in_a_text_that_holds_only_its_words(string text, string expected)
    {
        var match = Assert.Single(ListOf(Separate).Matches(text));
        Assert.Equal(expected, text[match.Start..match.End]);
        Assert.Contains(ListOf(SeparateAndAny).Matches(text), m => text[m.Start..m.End] == expected);
    }

    [Theory]
    [InlineData("gamma three, alphabet, 12 unit")]
    [InlineData("betamax and omegas")]
    public void A_text_with_none_of_the_words_matches_none_of_the_patterns(string text) =>
        Assert.Empty(ListOf(Separate).Matches(text));

    [Fact]
    public void OverlappingStatementsAreFoundAndTheSearchEnds()
    {
        const string text = "they are not professional medical advice and are no substitute for diagnosis or treatment by your doctor.";
        var matches = Statements.Matches(text).Take(100).ToList();
        Assert.InRange(matches.Count, 2, 10);
        Assert.Contains(matches, m => text[m.Start..m.End].Contains("not professional medical advice", StringComparison.Ordinal));
        Assert.Contains(matches, m => text[m.Start..m.End].StartsWith("no substitute for", StringComparison.Ordinal));
    }
}
