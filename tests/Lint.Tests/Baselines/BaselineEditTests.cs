using HealthLint.Tests.Reporting;

namespace HealthLint.Tests.Baselines;

/// <summary>
/// A baseline knows findings by file, rule and the offending text, not by line: an article edited after the baseline
/// was written keeps its known findings known, and only findings in new or rewritten sentences are new.
/// </summary>
public class BaselineEditTests
{
    private const string Original =
        "# Knee pain\n\n" +
        "This article is general information and is not a substitute for professional medical advice.\n\n" +
        "FlexiCalm gel is guaranteed to end knee pain.\n\n" +
        "Turmeric relieves joint inflammation.\n\n" +
        "Rest is part of recovery.\n";

    public static TheoryData<string, string, string> Edits() => new()
    {
        {
            "lines inserted above",
            "# Knee pain\n\nA new introduction.\n\nIt runs over\nseveral lines.\n\n" + Original["# Knee pain\n\n".Length..],
            ""
        },
        {
            "paragraph moved",
            Original.Replace("FlexiCalm gel is guaranteed to end knee pain.\n\nTurmeric relieves joint inflammation.", "Turmeric relieves joint inflammation.\n\nFlexiCalm gel is guaranteed to end knee pain.", StringComparison.Ordinal),
            ""
        },
        {
            "whitespace and line breaks inside a sentence changed",
            Original.Replace("FlexiCalm gel is guaranteed to end knee pain.", "FlexiCalm gel   is guaranteed\nto end knee pain.", StringComparison.Ordinal),
            ""
        },
        {
            "another sentence changed",
            Original.Replace("Rest is part of recovery.", "Ginger eases nausea.", StringComparison.Ordinal),
            "new HL003 Ginger eases nausea."
        },
        {
            "a known sentence rewritten",
            Original.Replace("Turmeric relieves joint inflammation.", "Turmeric relieves hip inflammation.", StringComparison.Ordinal),
            "new HL003 Turmeric relieves hip inflammation. | absent HL003 Turmeric relieves joint inflammation."
        },
        {
            "a known sentence repeated",
            Original + "\nFlexiCalm gel is guaranteed to end knee pain.\n",
            "new HL002 FlexiCalm gel is guaranteed to end knee pain. | new HL003 FlexiCalm gel is guaranteed to end knee pain."
        },
        {
            "a known sentence removed",
            Original.Replace("FlexiCalm gel is guaranteed to end knee pain.\n\n", "", StringComparison.Ordinal),
            "absent HL002 FlexiCalm gel is guaranteed to end knee pain. | absent HL003 FlexiCalm gel is guaranteed to end knee pain."
        },
    };

    [Fact]
    public void The_original_has_the_findings_the_edits_are_about()
    {
        var report = Lint(Original);

        Assert.Equal(
            ["HL002 FlexiCalm gel is guaranteed to end knee pain.", "HL003 FlexiCalm gel is guaranteed to end knee pain.", "HL003 Turmeric relieves joint inflammation."],
            report.Files[0].Findings.Select(f => $"{f.RuleId} {f.Excerpt}"));
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Only_findings_in_new_text_are_new_and_gone_ones_are_listed(string edit, string edited, string expected)
    {
        var baseline = Baseline.Create(Lint(Original), TestReports.BaseDirectory);

        var compared = baseline.Apply(Lint(edited));

        var changes = compared.Files[0].Findings.Where(f => f.BaselineState == BaselineState.New).Select(f => $"new {f.RuleId} {f.Excerpt}")
            .Concat(compared.AbsentFromBaseline.Select(e => $"absent {e.RuleId} {e.Excerpt}"));
        Assert.True(expected == string.Join(" | ", changes), $"{edit}: {string.Join(" | ", changes)}");
        Assert.All(compared.Files[0].Findings, f => Assert.NotNull(f.BaselineState));
        Assert.Equal(compared.Files[0].Findings.Count(f => f.BaselineState == BaselineState.Unchanged), compared.Summary.InBaselineCount);
        Assert.Equal(compared.AbsentFromBaseline.Count, compared.Summary.AbsentFromBaselineCount);
    }

    [Fact]
    public void Known_findings_do_not_count_as_problems()
    {
        var baseline = Baseline.Create(Lint(Original), TestReports.BaseDirectory);

        var compared = baseline.Apply(Lint(Original.Replace("Rest is part of recovery.", "Ginger eases nausea.", StringComparison.Ordinal)));

        Assert.Equal(1, compared.Summary.ProblemCount);
        Assert.Equal(3, compared.Summary.InBaselineCount);
        Assert.All(compared.Files[0].Findings.Where(f => f.BaselineState == BaselineState.Unchanged), f => Assert.False(f.IsActive));
    }

    [Fact]
    public void Suppressed_findings_are_neither_recorded_nor_compared()
    {
        var suppressed = Original.Replace("Turmeric", "<!-- healthlint-disable-line HL003 -- a quoted label -->Turmeric", StringComparison.Ordinal);

        var baseline = Baseline.Create(Lint(suppressed), TestReports.BaseDirectory);
        var compared = baseline.Apply(Lint(suppressed));

        Assert.DoesNotContain(baseline.Entries, e => e.Excerpt.StartsWith("Turmeric", StringComparison.Ordinal));
        var turmeric = Assert.Single(compared.Files[0].Findings, f => f.Excerpt.StartsWith("Turmeric", StringComparison.Ordinal));
        Assert.NotNull(turmeric.Suppression);
        Assert.Null(turmeric.BaselineState);
        Assert.Empty(compared.AbsentFromBaseline);
    }

    private static LintReport Lint(string text)
    {
        var linter = new Linter();
        var file = new LintedFile("docs/knee.md", Path.GetFullPath("docs/knee.md", TestReports.BaseDirectory), linter.Lint(text, DocumentFormat.Markdown, "docs/knee.md"));
        return new LintReport(ToolInfo.HealthLint, linter.Rules, [file], [], TestReports.BaseDirectory);
    }
}
