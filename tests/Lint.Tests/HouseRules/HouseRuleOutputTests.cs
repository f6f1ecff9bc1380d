using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Rules.Loading;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.HouseRules;

/// <summary>
/// A house rule shows up in every output exactly like a built-in one: in the text report, and in SARIF with its
/// full rule metadata; a pattern that ran out of time is a notice in the text and a notification in SARIF.
/// </summary>
public sealed class HouseRuleOutputTests : IDisposable
{
    private const string SlowRule = """
        id: PH009
        name: SlowPattern
        title: A slow pattern
        kind: phrase
        message: 'Matched.'
        patterns:
          - '(?<x>a+)+\k<x>[^a]'

        """;

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private Linter PharmacyLinter(params (string Name, string Text)[] extra)
    {
        var pack = Path.Combine(RepositoryRoot.Path!, "examples", "rule-packs", "pharmacy");
        File.Copy(Path.Combine(pack, "sample", "hay-fever-tablets.md"), _folder.Combine("hay-fever-tablets.md"));
        var rules = HouseRulePacks.LoadWithBuiltIn([[.. HouseRulePacks.ReadFolder(pack), .. extra]]);
        return new Linter(new LinterOptions { Clock = new FixedClock(HouseRuleHost.Today) }, rules);
    }

    [Fact]
    public void The_text_report_shows_house_rules_like_built_in_ones()
    {
        var outcome = CliRunner.Run(_folder.Path, PharmacyLinter(), "hay-fever-tablets.md");

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        Assert.Contains("hay-fever-tablets.md:13:1: error PH001: \"wonder drug\" overstates what a medicine can do; say what it does, for whom, and how well.\n", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("hay-fever-tablets.md:3:1: warning PH003: The 'reviewed' field is 2024-02-01", outcome.Out, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Sarif_carries_the_house_rules_metadata_and_the_timeout_notice_and_passes_validate_sarif()
    {
        _folder.Write("slow.md", new string('a', 20_000) + "\n");
        var sarifPath = _folder.Combine("out/pharmacy.sarif");

        var outcome = CliRunner.Run(_folder.Path, PharmacyLinter(("house/slow.yaml", SlowRule)), ".", "--format", "sarif", "-o", sarifPath);

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        using (var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath)))
        {
            var run = sarif.RootElement.GetProperty("runs")[0];
            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PH001");
            Assert.Equal(
                ("NoMiracleClaims", "No miracle claims", "error"),
                (rule.GetProperty("name").GetString(), rule.GetProperty("shortDescription").GetProperty("text").GetString(), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
            Assert.Contains("style guide bans hype words", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
            Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "PH002");
            Assert.Contains(
                run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray(),
                n => n.GetProperty("message").GetProperty("text").GetString() is { } text && text.Contains("PH009: ", StringComparison.Ordinal) && text.Contains("over 2000 ms", StringComparison.Ordinal));
        }

        SarifValidator.AssertValid(sarifPath, strict: false);
    }
}
