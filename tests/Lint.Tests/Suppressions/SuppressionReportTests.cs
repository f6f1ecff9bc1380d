using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Suppressions;

/// <summary>
/// Suppressed findings are counted in text, kept in JSON with their reason, left out of SARIF unless asked for (GitHub
/// would open alerts for them), never annotated on GitHub, and never fail a run.
/// </summary>
public sealed class SuppressionReportTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_counts_suppressed_findings_without_listing_them()
    {
        var text = SuppressionReports.Write(SuppressionReports.Lint("a.md", SuppressionReports.Article), ReportFormat.Text);

        Assert.Equal(
            "a.md:4:9: warning TST002: The word 'guaranteed' is not allowed.\n" +
            "1 problem (0 errors, 1 warning, 0 notes) in 1 file (1 suppressed)\n",
            text);
    }

    [Fact]
    public void Text_lists_suppressed_findings_with_their_reason_when_asked()
    {
        var text = SuppressionReports.Write(SuppressionReports.Lint("a.md", SuppressionReports.Article), ReportFormat.Text, includeSuppressed: true);

        Assert.Equal(
            "a.md:2:3: error TST001: The word 'cure' is not allowed. [suppressed: quoted advert]\n" +
            "a.md:4:9: warning TST002: The word 'guaranteed' is not allowed.\n" +
            "1 problem (0 errors, 1 warning, 0 notes) in 1 file (1 suppressed)\n",
            text);
    }

    [Fact]
    public void Only_suppressed_findings_means_no_problems()
    {
        var report = SuppressionReports.Lint("a.md", "<!-- healthlint-disable-file -- archived -->\n\nA cure.");

        Assert.Equal("No problems found in 1 file (1 suppressed)\n", SuppressionReports.Write(report, ReportFormat.Text));
        Assert.Null(report.Summary.HighestSeverity);
    }

    [Fact]
    public void Json_keeps_suppressed_findings_with_a_suppression_object()
    {
        using var json = JsonDocument.Parse(SuppressionReports.Write(SuppressionReports.Lint("a.md", SuppressionReports.Article), ReportFormat.Json));
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToArray();

        Assert.Equal(["TST001", "TST002"], findings.Select(f => f.GetProperty("ruleId").GetString()));
        var suppression = findings[0].GetProperty("suppression");
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("healthlint-disable-next-line", suppression.GetProperty("directive").GetString());
        Assert.Equal("quoted advert", suppression.GetProperty("reason").GetString());
        var region = suppression.GetProperty("region");
        Assert.Equal((1, 1, 1, 62), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.False(findings[1].TryGetProperty("suppression", out _));
        Assert.False(findings[0].TryGetProperty("baselineState", out _));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("problems").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("baseline", out _));
    }

    [Fact]
    public void Sarif_leaves_suppressed_findings_out_by_default()
    {
        using var sarif = JsonDocument.Parse(SuppressionReports.Write(SuppressionReports.Lint("a.md", SuppressionReports.Article), ReportFormat.Sarif));
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());

        Assert.Equal("TST002", result.GetProperty("ruleId").GetString());
        Assert.False(result.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Sarif_keeps_suppressed_findings_marked_in_source_with_the_reason_when_asked()
    {
        using var sarif = JsonDocument.Parse(SuppressionReports.Write(SuppressionReports.Lint("a.md", SuppressionReports.Article), ReportFormat.Sarif, includeSuppressed: true));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();

        Assert.Equal(["TST001", "TST002"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var suppression = Assert.Single(results[0].GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("quoted advert", suppression.GetProperty("justification").GetString());
        var location = suppression.GetProperty("location").GetProperty("physicalLocation");
        Assert.Equal("a.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
        // SARIF reads a missing array as "not known"; an empty one says the result is not suppressed.
        Assert.Equal(0, results[1].GetProperty("suppressions").GetArrayLength());
    }

    [Fact]
    public void Sarif_leaves_out_the_justification_when_no_reason_was_given()
    {
        var report = SuppressionReports.Lint("a.md", "<!-- healthlint-disable-next-line -->\nA cure.");
        using var sarif = JsonDocument.Parse(SuppressionReports.Write(report, ReportFormat.Sarif, includeSuppressed: true));
        var suppression = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("suppressions")[0];

        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.False(suppression.TryGetProperty("justification", out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GitHub_annotations_never_show_suppressed_findings(bool includeSuppressed)
    {
        var text = SuppressionReports.Write(SuppressionReports.Lint("a.md", SuppressionReports.Article), ReportFormat.GitHub, includeSuppressed);

        Assert.DoesNotContain("TST001", text, StringComparison.Ordinal);
        Assert.Contains("::warning file=a.md,line=4,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.", new string[0], ExitCodes.Success)]
    [InlineData("<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.", new[] { "--include-suppressed" }, ExitCodes.Success)]
    [InlineData("<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.", new[] { "--fail-level", "note", "--format", "sarif", "--include-suppressed" }, ExitCodes.Success)]
    [InlineData("<!-- healthlint-disable-next-line TST002 -- wrong rule -->\nA cure.", new string[0], ExitCodes.FindingsFailed)]
    [InlineData("<!-- healthlint-disable-next-line TST001 -->\n\nA miracle.", new[] { "--fail-level", "warning" }, ExitCodes.FindingsFailed)]
    public void Suppressed_findings_never_set_the_exit_code(string text, string[] options, int expected)
    {
        _folder.Write("a.md", text);

        var outcome = CliRunner.Run(_folder.Path, SuppressionLinters.Words(), ["a.md", .. options]);

        Assert.Equal(expected, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
    }
}
