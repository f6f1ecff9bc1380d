using HealthLint.Analysis;
using HealthLint.Rules.Kinds;

namespace HealthLint.Tests.HouseRules;

/// <summary>Kind <c>metric</c>: each metric with a failing and a passing article, and where it reports.</summary>
public class MetricRuleTests
{
    private static string Rule(string metric, string limits, string message = "{0} against a limit of {1}.") => $"""
        id: PH004
        name: Measured
        title: Measured
        kind: metric
        message: "{message}"
        metric: {metric}
        {limits}

        """;

    public static TheoryData<string, string, string, string[]> Cases => new()
    {
        {
            "sentence-words", "maximum: 8",
            "# A heading that runs on for more than eight words here\n\nShort one. This sentence has exactly nine words in it, see.\n",
            ["3:12-3:60 9 against a limit of 8."]
        },
        {
            "sentence-words", "maximum: 9",
            "Short one. This sentence has exactly nine words in it, see.\n",
            []
        },
        {
            "sentence-words", "minimum: 3",
            "Take it. Take two tablets with water.\n",
            ["1:1-1:9 2 against a limit of 3."]
        },
        {
            "sentence-words", "maximum: 3\nblocks: [heading]",
            "# Four words in heading\n\nA paragraph is not counted at all here.\n",
            ["1:3-1:24 4 against a limit of 3."]
        },
        {
            "paragraph-words", "maximum: 10",
            "One two three four five. Six seven eight nine ten eleven.\n\n- Short item.\n",
            ["1:1-1:58 11 against a limit of 10."]
        },
        {
            "document-words", "minimum: 20",
            "# Title\n\nToo short to be an article.\n",
            ["1:1-1:8 6 against a limit of 20."]
        },
        {
            "document-words", "minimum: 5\nmaximum: 100",
            "Long enough to be an article.\n",
            []
        },
        {
            "reading-grade", "maximum: 8\nminimumWords: 10",
            "Antihistaminic pharmacotherapy substantially ameliorates allergic rhinoconjunctivitis symptomatology. Intranasal corticosteroid administration demonstrates considerable effectiveness.\n",
            ["1:1-1:184 45.9 against a limit of 8."]
        },
        {
            "reading-grade", "maximum: 8\nminimumWords: 10",
            "Hay fever makes you sneeze. Your eyes may itch. A tablet can help. So can a nose spray.\n",
            []
        },
        {
            "reading-grade", "maximum: 8",
            "Antihistaminic pharmacotherapy substantially ameliorates allergic rhinoconjunctivitis symptomatology.\n",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metric(string metric, string limits, string article, string[] expected)
    {
        var findings = HouseRuleHost.Lint(Rule(metric, limits), article);

        Assert.Equal(expected, findings.Select(f => $"{f.Region} {f.Message}"));
    }

    [Theory]
    [InlineData("the", 1)]
    [InlineData("sneeze", 1)]
    [InlineData("table", 2)]
    [InlineData("makes", 1)]
    [InlineData("uses", 2)]
    [InlineData("allergy", 3)]
    [InlineData("medicine", 3)]
    [InlineData("antihistamine", 5)]
    [InlineData("rhythm", 1)]
    public void Syllables_are_estimated_from_groups_of_vowels(string word, int syllables) =>
        Assert.Equal(syllables, Readability.Syllables(new Token(0, word.Length, TokenKind.Word, word)));

    [Fact]
    public void The_grade_follows_Flesch_and_Kincaid() =>
        Assert.Equal(0.39 * 10 + (11.8 * 1.5) - 15.59, Readability.Grade(sentences: 2, words: 20, syllables: 30), 6);
}
