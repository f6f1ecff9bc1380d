using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;

namespace HealthLint.Tests.Reporting;

/// <summary>Whatever text a finding carries, every writer keeps its structure: one line per finding, valid JSON.</summary>
public sealed class WriterPropertyTests
{
    [Property]
    public void Text_and_github_write_one_line_per_finding_and_a_summary(UnicodeString message, UnicodeString path, UnicodeString excerpt)
    {
        var report = Report(message.Get, path.Get, excerpt.Get);

        var text = new TextReportWriter().WriteToString(report);
        var github = new GitHubReportWriter().WriteToString(report);

        Assert.Equal(3, text.Split('\n').Length);
        var commands = github.Split('\n');
        Assert.Equal(3, commands.Length);
        Assert.Matches(@"^::warning file=[^:,\r\n]*,line=2,col=3,endLine=2,endColumn=9,title=TST009 TestRule::[^\r\n]*$", commands[0]);
        var data = commands[0][(commands[0].IndexOf("::", 2, StringComparison.Ordinal) + 2)..];
        Assert.Equal(report.Files[0].Findings[0].Message.Count(c => c == '%'), data.Split("%25").Length - 1);
    }

    [Property]
    public void Json_and_sarif_are_valid_and_keep_the_text(UnicodeString message, UnicodeString path, UnicodeString excerpt)
    {
        var report = Report(message.Get, path.Get, excerpt.Get);

        using var json = JsonDocument.Parse(new JsonReportWriter().WriteToString(report));
        using var sarif = JsonDocument.Parse(new SarifReportWriter().WriteToString(report));

        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal(Repaired(report.Files[0].Findings[0].Message), finding.GetProperty("message").GetString());
        Assert.Equal(Repaired(excerpt.Get ?? ""), finding.GetProperty("excerpt").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.False(uri.StartsWith('/'));
        Assert.All(uri, c => Assert.True(c is > ' ' and < '\x7F' and not '\\', $"'{c}' in {uri}"));
        Assert.Equal(Repaired(report.Files[0].Path), Uri.UnescapeDataString(uri));
    }

    private static LintReport Report(string? message, string? path, string? excerpt)
    {
        var rule = TestReports.Rule();
        var reportPath = "docs/" + (path ?? "").Replace('\0', '_') + ".md";
        return TestReports.WithFindings(reportPath, TestReports.Finding(rule, string.IsNullOrEmpty(message) ? "m" : message, new SourceRegion(2, 3, 2, 9), excerpt ?? ""));
    }

    private static string Repaired(string value) => System.Text.Encoding.UTF8.GetString(new System.Text.UTF8Encoding(false, false).GetBytes(value));
}
