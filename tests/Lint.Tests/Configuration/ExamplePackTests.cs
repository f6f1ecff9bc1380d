using HealthLint.Tests.HouseRules;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Configuration;

/// <summary>The example pharmacy rule pack, loaded the way a publisher loads it: <c>rulePacks:</c> in a configuration.</summary>
public sealed class ExamplePackTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private WorkspaceResult Lint(string configuration)
    {
        Assert.NotNull(RepositoryRoot.Path);
        var pack = Path.Combine(RepositoryRoot.Path, "examples", "rule-packs", "pharmacy");
        _folder.Write(".healthlint.yaml", configuration);
        _folder.Write("blog/hay-fever-tablets.md", File.ReadAllText(Path.Combine(pack, "sample", "hay-fever-tablets.md")));
        foreach (var file in Directory.GetFiles(pack, "*.yaml"))
        {
            _folder.Write(Path.Combine("house-rules", Path.GetFileName(file)), File.ReadAllText(file));
        }

        // The workspace's linter reads a fixed date, and a configured linter keeps it.
        var linter = new Linter(new LinterOptions { Clock = new FixedClock(HouseRuleHost.Today) });
        return new LintWorkspace(linter, new WorkspaceOptions { BaseDirectory = _folder.Path, FindConfigurationFiles = true }).Lint();
    }

    [Fact]
    public void The_pharmacy_pack_loaded_by_rule_packs_reports_its_rules()
    {
        var result = Lint("rulePacks: [house-rules]\n");

        var findings = result.Files.Single().Findings;
        Assert.Contains(findings, f => f.RuleId == "PH001" && f.Region.StartLine == 13 && f.Severity == Severity.Error);
        Assert.Contains(findings, f => f.RuleId == "PH003" && f.Region.StartLine == 3 && f.Message.StartsWith("The 'reviewed' field is 2024-02-01", StringComparison.Ordinal));
        Assert.Equal(["HL001", "HL002", "HL003", "HL900", "HL901", "PH001", "PH002", "PH003", "PH004", "PH005"], result.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Its_rules_take_severities_and_off_like_the_built_in_ones()
    {
        var result = Lint("rulePacks: [house-rules]\nrules:\n  PH001: note\n  PH003: off\n");

        var findings = result.Files.Single().Findings;
        Assert.Contains(findings, f => f.RuleId == "PH001" && f.Severity == Severity.Note);
        Assert.DoesNotContain(findings, f => f.RuleId == "PH003");
        Assert.DoesNotContain("PH003", result.Rules.Select(r => r.Id));
    }
}
