using HealthLint.Rules.Patterns;
using HealthLint.Tests.Support;

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

    [Fact]
    public void A_rule_that_used_up_its_budget_is_not_checked_on_later_documents_of_the_run_and_its_directives_are_not_called_unused()
    {
        var linter = new Linter(LinterOptions.Default, HouseRuleHost.Load(("house/slow.yaml", Rule(@"(?<x>a+)+\k<x>[^a]"))));
        const string Later = """
            <!-- healthlint-disable-next-line PH009 -- its pattern is slow -->
            Read this first.

            <!-- healthlint-disable-next-line PH009 HL003 -- both -->
            Plain words here.

            This cream is guaranteed to cure eczema.

            """;
        var run = new PatternRunBudget();

        var first = linter.Lint(LineOfAs + "\n", DocumentFormat.Markdown, null, run);
        var later = linter.Lint(Later, DocumentFormat.Markdown, null, run);
        var alone = linter.Lint(Later, DocumentFormat.Markdown);

        Assert.Contains(first.Notices, n => n.StartsWith("PH009: pattern matching took too long", StringComparison.Ordinal));
        var stopped = Assert.Single(later.Notices, n => n.StartsWith("PH009: ", StringComparison.Ordinal));
        Assert.Contains("stopped for the rest of the run", stopped, StringComparison.Ordinal);
        Assert.Contains(later.Findings, f => f.RuleId == "HL002");
        // A directive may have been written for a finding the stopped rule did not get to make; HL003 checked the
        // whole document, so its id in the second directive is still reported.
        var unused = Assert.Single(later.Findings, f => f.RuleId == "HL900");
        Assert.Contains("remove HL003 from the directive", unused.Message, StringComparison.Ordinal);

        // Outside the run the document is checked with the rule, which finds nothing there: both directives are unused.
        Assert.DoesNotContain(alone.Notices, n => n.StartsWith("PH009: ", StringComparison.Ordinal));
        Assert.Equal(2, alone.Findings.Count(f => f.RuleId == "HL900"));
    }

    [Fact]
    public void Matches_that_run_out_of_time_add_up_over_documents_until_the_rule_is_stopped()
    {
        // Exponential on a run of "a a a…" that the final digit never ends: two ways to take each "a ".
        var linter = HouseRuleHost.Only(Rule("(?:[a ]{2}|[a ])+ [0-9]"));
        var slowSentence = "Read this first. " + string.Join(' ', Enumerable.Repeat('a', 40)) + " end.\n";
        var run = new PatternRunBudget();

        var notices = Enumerable.Range(0, PatternRunBudget.MaxStrikes + 2)
            .Select(_ => Assert.Single(linter.Lint(slowSentence, DocumentFormat.Markdown, null, run).Notices))
            .ToList();

        Assert.All(notices.Take(PatternRunBudget.MaxStrikes), n => Assert.StartsWith("PH009: 1 pattern match took over 2000 ms", n, StringComparison.Ordinal));
        Assert.All(notices.Skip(PatternRunBudget.MaxStrikes), n => Assert.StartsWith("PH009: not checked on this document", n, StringComparison.Ordinal));
    }

    [Fact]
    public void A_workspace_stops_the_rule_for_the_rest_of_its_run_and_every_file_says_what_happened()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".healthlint.yaml", "rulePacks: [house]\n");
        folder.Write("house/slow.yaml", Rule("(?:[a ]{2}|[a ])+ [0-9]"));
        for (var i = 0; i < PatternRunBudget.MaxStrikes + 2; i++)
        {
            folder.Write($"article-{i}.md", "Read this first. " + string.Join(' ', Enumerable.Repeat('a', 40)) + " end.\n");
        }

        var files = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = folder.Path, FindConfigurationFiles = true, MaxDegreeOfParallelism = 1 }).Lint(["."]).Files;

        Assert.Equal(
            ["timed out", "timed out", "timed out", "not checked", "not checked"],
            files.Select(f => Kind(Assert.Single(f.Result.Notices))));

        // A second run starts with the rule checked again.
        var again = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = folder.Path, FindConfigurationFiles = true, MaxDegreeOfParallelism = 1 }).Lint(["article-0.md"]).Files;
        Assert.Equal("timed out", Kind(Assert.Single(Assert.Single(again).Result.Notices)));
    }

    private static string Kind(string notice) =>
        notice.StartsWith("PH009: 1 pattern match took over 2000 ms", StringComparison.Ordinal) ? "timed out"
        : notice.StartsWith("PH009: not checked on this document", StringComparison.Ordinal) ? "not checked"
        : notice;
}
