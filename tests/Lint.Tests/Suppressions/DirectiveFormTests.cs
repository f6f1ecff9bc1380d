namespace HealthLint.Tests.Suppressions;

/// <summary>
/// What each directive covers, with the test word rules: TST001 flags "cure", TST002 "guaranteed", TST003
/// "miracle". Each row gives a Markdown article (\n between lines) and its findings as <c>line:col RULE</c>,
/// marked <c>suppressed (reason)</c> when a directive suppresses them.
/// </summary>
public class DirectiveFormTests
{
    [Theory]
    // healthlint-disable-next-line covers the next line only, and only the rules it names.
    [InlineData("<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.\n\nA cure.",
        "2:3 TST001 suppressed (quoted) | 4:3 TST001")]
    [InlineData("<!-- healthlint-disable-next-line TST001 -->\nA guaranteed cure.",
        "2:3 TST002 | 2:14 TST001 suppressed ()")]
    // No ids: every rule.
    [InlineData("<!-- healthlint-disable-next-line -->\nA guaranteed cure.",
        "2:3 TST002 suppressed () | 2:14 TST001 suppressed ()")]
    // Several ids, comma- or space-separated, any case.
    [InlineData("<!-- healthlint-disable-next-line TST001, TST002 -- both -->\nA guaranteed cure.",
        "2:3 TST002 suppressed (both) | 2:14 TST001 suppressed (both)")]
    [InlineData("<!-- healthlint-disable-next-line TST001 TST002 -- both -->\nA guaranteed cure.",
        "2:3 TST002 suppressed (both) | 2:14 TST001 suppressed (both)")]
    [InlineData("<!-- Healthlint-Disable-Next-Line tst001,tst002 -->\nA guaranteed cure.",
        "2:3 TST002 suppressed () | 2:14 TST001 suppressed ()")]
    // healthlint-disable-line covers its own line.
    [InlineData("A cure. <!-- healthlint-disable-line TST001 -- the product's name -->\n\nA cure.",
        "1:3 TST001 suppressed (the product's name) | 3:3 TST001")]
    // healthlint-disable ... healthlint-enable covers what starts between them, for the rules named.
    [InlineData("A cure.\n\n<!-- healthlint-disable TST001 -- quoted list -->\n\n- A cure.\n- A miracle cure.\n\n<!-- healthlint-enable TST001 -->\n\nA cure.",
        "1:3 TST001 | 5:5 TST001 suppressed (quoted list) | 6:5 TST003 | 6:13 TST001 suppressed (quoted list) | 10:3 TST001")]
    // A disable without an enable runs to the end of the file.
    [InlineData("A cure.\n\n<!-- healthlint-disable -->\n\nA cure.\n\nA miracle.",
        "1:3 TST001 | 5:3 TST001 suppressed () | 7:3 TST003 suppressed ()")]
    // An enable of one rule leaves a disable of others in force.
    [InlineData("<!-- healthlint-disable TST001, TST003 -->\n\nA miracle.\n\n<!-- healthlint-enable TST003 -->\n\nA miracle cure.\n\n<!-- healthlint-enable TST001 -->",
        "3:3 TST003 suppressed () | 7:3 TST003 | 7:11 TST001 suppressed ()")]
    // healthlint-disable-file covers the whole file, before the directive too.
    [InlineData("A cure.\n\n<!-- healthlint-disable-file TST001 -- archived -->\n\nA miracle cure.",
        "1:3 TST001 suppressed (archived) | 5:3 TST003 | 5:11 TST001 suppressed (archived)")]
    // The reason is everything after " -- ", trimmed.
    [InlineData("<!-- healthlint-disable-next-line TST001 --   approved by legal -- ticket 42   -->\nA cure.",
        "2:3 TST001 suppressed (approved by legal -- ticket 42)")]
    public void Each_directive_covers_what_it_says(string markdown, string expected)
    {
        var result = SuppressionLinters.Words().Lint(markdown, DocumentFormat.Markdown, "a.md");

        Assert.Equal(expected, SuppressionLinters.Describe(result.Findings));
    }

    [Theory]
    [InlineData("<!-- healthlint-disable-next-line TST001 -- quoted -->\n<p>A cure.</p>\n<p>A cure.</p>",
        "2:6 TST001 suppressed (quoted) | 3:6 TST001")]
    [InlineData("<p>A cure.</p> <!-- healthlint-disable-line TST001 -->\n<p>A cure.</p>",
        "1:6 TST001 suppressed () | 2:6 TST001")]
    [InlineData("<p>A cure.</p>\n<!-- healthlint-disable -- quoted -->\n<p>A cure.</p>\n<!-- healthlint-enable -->\n<p>A cure.</p>",
        "1:6 TST001 | 3:6 TST001 suppressed (quoted) | 5:6 TST001")]
    [InlineData("<p>A cure.</p>\n<p>A miracle.</p>\n<!-- healthlint-disable-file TST003 -->",
        "1:6 TST001 | 2:6 TST003 suppressed ()")]
    [InlineData("<p>A <!-- healthlint-disable-line TST001 --> cure, and another cure.</p>",
        "1:46 TST001 suppressed () | 1:64 TST001 suppressed ()")]
    public void Html_directives_cover_the_same(string html, string expected)
    {
        var result = SuppressionLinters.Words().Lint(html, DocumentFormat.Html, "a.html");

        Assert.Equal(expected, SuppressionLinters.Describe(result.Findings));
    }

    // The finding points at the directive's keyword, or at the one id that went unused.
    [Theory]
    [InlineData("<!-- healthlint-disable-next-line TST001 -->\n\nA cure.", "1:6 HL900 | 3:3 TST001",
        "Unused suppression: no finding of TST001 starts on line 2, the line after it; remove the directive.")]
    [InlineData("A miracle. <!-- healthlint-disable-line TST001 -->", "1:3 TST003 | 1:17 HL900",
        "Unused suppression: no finding of TST001 starts on line 1; remove the directive.")]
    [InlineData("<!-- healthlint-disable-file -->\n\nNothing to see.", "1:6 HL900",
        "Unused suppression: no finding in this file; remove the directive.")]
    [InlineData("<!-- healthlint-disable TST001 -->\n\nFine.\n\n<!-- healthlint-enable TST001 -->", "1:6 HL900",
        "Unused suppression: no finding of TST001 starts between it and the healthlint-enable on line 5; remove the directive.")]
    [InlineData("A cure.\n\n<!-- healthlint-enable -->", "1:3 TST001 | 3:6 HL900",
        "Unused suppression: no healthlint-disable is in force here; remove the directive.")]
    [InlineData("<!-- healthlint-disable-next-line TST001, TST003 -->\nA cure.", "1:43 HL900 | 2:3 TST001 suppressed ()",
        "Unused suppression: no finding of TST003 starts on line 2, the line after it; remove TST003 from the directive.")]
    public void A_directive_that_suppresses_nothing_is_reported_as_HL900(string markdown, string expected, string message)
    {
        var result = SuppressionLinters.Words().Lint(markdown, DocumentFormat.Markdown, "a.md");

        Assert.Equal(expected, SuppressionLinters.Describe(result.Findings));
        Assert.Equal(message, Assert.Single(result.Findings, f => f.RuleId == "HL900").Message);
    }

    [Theory]
    [InlineData("<!-- healthlint-disable-nxt-line TST001 -->\nA cure.", "1:6 HL901 | 2:3 TST001",
        "Invalid suppression directive: unknown directive 'healthlint-disable-nxt-line' (did you mean 'healthlint-disable-next-line'?).")]
    [InlineData("<!-- healthlint-disable-next-line TST01 -->\nA cure.", "1:35 HL901 | 2:3 TST001",
        "Invalid suppression directive: unknown rule id 'TST01'; the rules are TST001, TST002, TST003.")]
    [InlineData("<!-- healthlint-disable-next-line TST001 quoted advert -->\nA cure.", "1:42 HL901 | 2:3 TST001 suppressed ()",
        "Invalid suppression directive: 'quoted advert' is not a rule id; write the reason after ' -- '.")]
    [InlineData("<!-- healthlint-disable-next-line HL900 -->\nA cure.", "1:35 HL901 | 2:3 TST001",
        "Invalid suppression directive: HL900 reports on directives themselves, so no directive can suppress it; turn it off in the configuration instead.")]
    public void A_directive_that_cannot_be_followed_is_reported_as_HL901(string markdown, string expected, string message)
    {
        var result = SuppressionLinters.Words().Lint(markdown, DocumentFormat.Markdown, "a.md");

        Assert.Equal(expected, SuppressionLinters.Describe(result.Findings));
        Assert.Equal(message, Assert.Single(result.Findings, f => f.RuleId == "HL901").Message);
    }

    [Fact]
    public void A_directive_naming_only_unknown_ids_is_never_widened_to_every_rule()
    {
        var result = SuppressionLinters.Words().Lint("<!-- healthlint-disable-file TST999 -->\n\nA cure.", DocumentFormat.Markdown, "a.md");

        Assert.Equal("1:30 HL901 | 3:3 TST001", SuppressionLinters.Describe(result.Findings));
    }

    [Fact]
    public void A_directive_cannot_suppress_findings_about_directives()
    {
        var result = SuppressionLinters.Words().Lint("<!-- healthlint-disable-file -->\n<!-- healthlint-bogus -->\n\nA cure.", DocumentFormat.Markdown, "a.md");

        Assert.Equal("2:6 HL901 | 4:3 TST001 suppressed ()", SuppressionLinters.Describe(result.Findings));
    }

    [Fact]
    public void Comments_that_are_not_directives_are_left_alone()
    {
        var result = SuppressionLinters.Words().Lint("<!-- TODO: healthlint-disable this later -->\n<!-- healthlint is great -->\n\nA cure.", DocumentFormat.Markdown, "a.md");

        Assert.Equal("4:3 TST001", SuppressionLinters.Describe(result.Findings));
    }

    [Fact]
    public void Without_the_directive_rules_running_directives_still_suppress_but_nothing_reports_on_them()
    {
        var linter = HealthLint.Tests.Support.TestLinters.Words();

        var result = linter.Lint("<!-- healthlint-disable-next-line TST001 -->\nA cure.\n<!-- healthlint-bogus -->", DocumentFormat.Markdown, "a.md");

        Assert.Equal("2:3 TST001 suppressed ()", SuppressionLinters.Describe(result.Findings));
    }

    [Theory]
    [InlineData("<!-- healthlint-disable-next-line TST001 -- quoted -->\nA guaranteed cure.", "2:3 TST002")]
    [InlineData("<!-- healthlint-disable-file TST001, TST002 -->\n\nA cure.", "1:38 HL900")]
    [InlineData("<!-- healthlint-disable-file TST001, TST003 -->\n\nA miracle cure.", "3:3 TST003 suppressed ()")]
    public void A_directive_for_a_rule_turned_off_is_not_reported_unused(string markdown, string expected)
    {
        var linter = SuppressionLinters.Words(new LinterOptions { DisabledRules = ["TST001"] });

        var result = linter.Lint(markdown, DocumentFormat.Markdown, "a.md");

        Assert.Equal(expected, SuppressionLinters.Describe(result.Findings));
    }
}
