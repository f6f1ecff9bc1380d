namespace HealthLint.Tests.HouseRules;

/// <summary>
/// A user's pattern cannot hang the linter. Patterns the non-backtracking engine can run are linear in the text;
/// the others (back-references, lookarounds) run with a time limit per match, and a match that runs out of time is
/// named in the result's notices instead of being dropped in silence.
/// </summary>
public class CatastrophicPatternTests
{
    private static readonly string LineOfAs = new('a', 50_000);

    private static string Rule(string pattern) => $"""
        id: PH009
        name: SlowPattern
        title: A slow pattern
        kind: phrase
        message: 'Matched.'
        patterns:
          - '{pattern}'

        """;

    [Fact]
    public void Nested_quantifiers_run_on_the_non_backtracking_engine_and_finish_with_the_match()
    {
        var result = HouseRuleHost.Only(Rule("(a+)+$")).Lint("Read this first.\n\n" + LineOfAs + "\n", DocumentFormat.Markdown);

        // A run this long without a sentence end is cut into pieces, and the pattern matches at the end of each.
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(("PH009", 3), (f.RuleId, f.Region.StartLine)));
        Assert.Equal(result.Findings.Count, result.Findings.Select(f => f.Region.StartColumn).Distinct().Count());
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void A_back_reference_that_backtracks_without_end_is_stopped_and_named_in_the_notices()
    {
        var result = HouseRuleHost.Only(Rule(@"(?<x>a+)+\k<x>[^a]")).Lint("Read this first.\n\n" + LineOfAs + "\n", DocumentFormat.Markdown);

        Assert.Empty(result.Findings);
        var notice = Assert.Single(result.Notices);
        Assert.StartsWith("PH009: ", notice, StringComparison.Ordinal);
        Assert.Contains("over 2000 ms", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rest_of_the_document_is_still_checked_by_the_other_rules()
    {
        var rules = HouseRuleHost.Load(("house/slow.yaml", Rule(@"(?<x>a+)+\k<x>[^a]")));
        var linter = new Linter(LinterOptions.Default, rules);

        var result = linter.Lint(LineOfAs + "\n\nThis cream is guaranteed to cure eczema.\n", DocumentFormat.Markdown);

        Assert.Contains(result.Findings, f => f.RuleId == "HL002");
        Assert.Contains(result.Notices, n => n.StartsWith("PH009: ", StringComparison.Ordinal));
    }
}
