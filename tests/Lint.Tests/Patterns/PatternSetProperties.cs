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
