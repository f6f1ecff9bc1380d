using HealthLint.Rules.Loading;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.HouseRules;

/// <summary>
/// The worked example of <c>docs/rules/writing-rules.md</c>: the pharmacy's pack in <c>examples/rule-packs/pharmacy/</c>
/// linting its sample article beside the built-in rules, on 2025-06-15.
/// </summary>
public class PharmacyPackTests
{
    private static string Folder(params string[] parts) =>
        Path.Combine([RepositoryRoot.Path ?? throw new InvalidOperationException("The tests run outside a checkout."), "examples", "rule-packs", "pharmacy", .. parts]);

    private static LintResult LintSample(string name = "hay-fever-tablets.md")
    {
        var rules = HouseRulePacks.LoadWithBuiltIn([HouseRulePacks.ReadFolder(Folder())]);
        var linter = new Linter(new LinterOptions { Clock = new FixedClock(HouseRuleHost.Today) }, rules);
        return linter.Lint(File.ReadAllText(Folder("sample", name)), DocumentFormat.Markdown, name);
    }

    [Fact]
    public void The_pack_loads_every_kind_beside_the_built_in_rules()
    {
        var rules = HouseRulePacks.LoadWithBuiltIn([HouseRulePacks.ReadFolder(Folder())]);

        Assert.Equal(
            ["HL001", "HL002", "HL003", "HL900", "HL901", "PH001", "PH002", "PH003", "PH004", "PH005"],
            rules.Descriptors.Select(d => d.Id));
    }

    [Fact]
    public void The_sample_article_has_the_findings_the_pack_was_written_for()
    {
        var findings = LintSample().Findings.Select(f => $"{f.RuleId} {f.Region} {f.Message}");

        Assert.Equal(
            [
                "PH003 3:1-3:21 The 'reviewed' field is 2024-02-01, more than 12 months ago; articles are reviewed by a pharmacist at least once a year.",
                "PH003 4:1-4:20 The 'reviewer' field is 'Sam Jones', which does not match 'MPharm|PharmD|RPh': name the pharmacist and their qualification (MPharm, PharmD or RPh).",
                "PH001 13:1-13:48 \"wonder drug\" overstates what a medicine can do; say what it does, for whom, and how well.",
                "PH005 15:1-15:59 \"best-selling\" needs a source: link the sales figures or survey it comes from.",
                "PH004 17:1-17:268 This sentence has 35 words; keep sentences to 30 words or fewer.",
                "PH002 21:1-21:123 The disclaimer \"Always read the label, and ask one of our pharmacists whether a medicine is right for you\" is voided by an exception; state it without one.",
            ],
            findings);
    }

    [Fact]
    public void The_corrected_article_passes() =>
        Assert.Empty(LintSample("hay-fever-tablets-corrected.md").Findings);
}
