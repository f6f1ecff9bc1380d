using System.Text;
using System.Text.Json;

namespace HealthLint.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    [Fact]
    public void The_log_names_the_final_schema_and_one_run_of_healthlint()
    {
        using var sarif = Write(TestReports.Lint("a.md", "A cure."));
        var root = sarif.RootElement;

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("HealthLint", driver.GetProperty("name").GetString());
        Assert.Equal(ToolInfo.HealthLint.Version, driver.GetProperty("version").GetString());
        Assert.Equal(ToolInfo.HealthLint.Version, driver.GetProperty("semanticVersion").GetString());
        Assert.Equal("https://github.com/healthlint/healthlint", driver.GetProperty("informationUri").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal("healthlint/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(0, invocation.GetProperty("toolExecutionNotifications").GetArrayLength());
        Assert.False(invocation.TryGetProperty("workingDirectory", out _));
    }

    [Fact]
    public void Every_rule_carries_the_metadata_github_shows()
    {
        using var sarif = Write(TestReports.Lint("a.md", "Fine."));
        var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();

        Assert.Equal(["TST001", "TST002", "TST003"], rules.Select(r => r.GetProperty("id").GetString()));
        var rule = rules[0];
        Assert.Equal("NoCureWord", rule.GetProperty("name").GetString());
        Assert.Equal("Avoid the word 'cure'", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Reports every 'cure' in the visible prose.", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Contains("Reports every 'cure'", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Remove **cure**.", rule.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal("https://example.org/rules/TST001", rule.GetProperty("helpUri").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var properties = rule.GetProperty("properties");
        Assert.Equal(["test", "words"], properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("high", properties.GetProperty("precision").GetString());
        Assert.Equal("error", properties.GetProperty("problem.severity").GetString());
        Assert.False(properties.TryGetProperty("security-severity", out _));
        Assert.Equal(
            ["error", "warning", "recommendation"],
            rules.Select(r => r.GetProperty("properties").GetProperty("problem.severity").GetString()));
    }

    [Fact]
    public void Results_point_at_their_rule_and_region_with_a_relative_uri_and_the_healthlint_fingerprint()
    {
        var report = TestReports.Lint([("my docs/é.md", "Intro.\n\nThe cure is guaranteed."), ("a.md", "A miracle.")]);
        using var sarif = Write(report);
        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        var findings = report.Files.SelectMany(f => f.Findings).ToArray();

        Assert.Equal(findings.Length, results.Length);
        Assert.Equal(["TST003", "TST001", "TST002"], results.Select(r => r.GetProperty("ruleId").GetString()));
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(findings[i].Message, result.GetProperty("message").GetProperty("text").GetString());
            var fingerprints = result.GetProperty("partialFingerprints").EnumerateObject().ToArray();
            Assert.Equal(("healthlint/v1", findings[i].Fingerprint), (Assert.Single(fingerprints).Name, fingerprints[0].Value.GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            var region = location.GetProperty("region");
            Assert.Equal(findings[i].Region, new SourceRegion(region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        }

        Assert.Equal(["error", "warning"], results[1..].Select(r => r.GetProperty("level").GetString()));
        Assert.Equal("note", results[0].GetProperty("level").GetString());
        Assert.Equal("a.md", Uri(results[0]));
        Assert.Equal("my%20docs/%C3%A9.md", Uri(results[1]));
    }

    [Fact]
    public void Regions_are_never_zero_nor_inverted()
    {
        var rule = TestReports.Rule();
        var report = TestReports.WithFindings(
            "a.md",
            TestReports.Finding(rule, "zero", new SourceRegion(0, 0, 0, 0)),
            TestReports.Finding(rule, "inverted", new SourceRegion(3, 7, 2, 1)));

        using var sarif = Write(report);
        var regions = Run(sarif).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region"))
            .Select(r => (r.GetProperty("startLine").GetInt32(), r.GetProperty("startColumn").GetInt32(), r.GetProperty("endLine").GetInt32(), r.GetProperty("endColumn").GetInt32()))
            .ToArray();

        Assert.Equal([(1, 1, 1, 1), (3, 7, 3, 7)], regions);
    }

    [Fact]
    public void A_finding_whose_rule_is_not_listed_adds_the_rule()
    {
        var rule = TestReports.Rule("TST777", Severity.Note);

        using var sarif = Write(TestReports.WithFindings("a.md", TestReports.Finding(rule, "m", new SourceRegion(1, 1, 1, 2))));
        var run = Run(sarif);

        Assert.Equal("TST777", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString());
        Assert.Equal(0, run.GetProperty("results")[0].GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void Files_that_could_not_be_linted_become_error_notifications_and_fail_the_invocation()
    {
        var report = TestReports.Lint(
            [("a.md", "A cure.")],
            [new FileError("docs/bad file.md", FileErrorKind.InvalidEncoding, "not valid UTF-8"), new FileError("x/*.md", FileErrorKind.NotFound, "no files match the glob")]);

        using var sarif = Write(report);
        var invocation = Run(sarif).GetProperty("invocations")[0];
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(2, notifications.Length);
        Assert.All(notifications, n => Assert.Equal("error", n.GetProperty("level").GetString()));
        Assert.Equal("docs/bad file.md: not valid UTF-8", notifications[0].GetProperty("message").GetProperty("text").GetString());
        var artifact = notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(("docs/bad%20file.md", "%SRCROOT%"), (artifact.GetProperty("uri").GetString(), artifact.GetProperty("uriBaseId").GetString()));
        Assert.False(notifications[1].TryGetProperty("locations", out _));
        Assert.Single(Run(sarif).GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void A_file_outside_the_base_directory_gets_an_absolute_file_uri_and_the_working_directory()
    {
        var outside = Path.GetFullPath("../elsewhere/x.md", TestReports.BaseDirectory);
        var linter = Support.TestLinters.Words();
        var file = new LintedFile("../elsewhere/x.md", outside, linter.Lint("A cure.", DocumentFormat.Markdown));
        var report = new LintReport(ToolInfo.HealthLint, linter.Rules, [file], [], TestReports.BaseDirectory);

        using var sarif = Write(report);
        var run = Run(sarif);
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal(new Uri(outside).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
        var workingDirectory = run.GetProperty("invocations")[0].GetProperty("workingDirectory").GetProperty("uri").GetString();
        Assert.Equal(new Uri(TestReports.BaseDirectory + Path.DirectorySeparatorChar).AbsoluteUri, workingDirectory);
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_in_utf8_without_a_byte_order_mark()
    {
        var first = Bytes(TestReports.Lint([("b.md", "A cure."), ("a.md", "A miracle, guaranteed.")]));
        var second = Bytes(TestReports.Lint([("a.md", "A miracle, guaranteed."), ("b.md", "A cure.")]));

        Assert.Equal(first, second);
        Assert.Equal((byte)'{', first[0]);
        Assert.Equal(new SarifReportWriter().WriteToString(TestReports.Lint([("a.md", "A miracle, guaranteed."), ("b.md", "A cure.")])), Encoding.UTF8.GetString(first));
    }

    private static byte[] Bytes(LintReport report)
    {
        using var stream = new MemoryStream();
        new SarifReportWriter().Write(report, stream);
        return stream.ToArray();
    }

    private static JsonDocument Write(LintReport report) => JsonDocument.Parse(Bytes(report));

    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];

    private static string? Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
}
