using System.Text.Json;

namespace HealthLint.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void The_document_follows_schema_version_1()
    {
        var report = TestReports.Lint(
            [("docs/a.md", "The cure is guaranteed."), ("docs/b.html", "<p>Fine.</p>")],
            [new FileError("docs/c.md", FileErrorKind.InvalidEncoding, "not valid UTF-8")]);

        using var json = JsonDocument.Parse(new JsonReportWriter().WriteToString(report));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("HealthLint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(ToolInfo.HealthLint.Version, root.GetProperty("tool").GetProperty("version").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(["docs/a.md", "docs/b.html"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(["markdown", "html"], files.Select(f => f.GetProperty("format").GetString()));
        Assert.Equal(0, files[1].GetProperty("findings").GetArrayLength());

        var expected = report.Files[0].Findings[0];
        var finding = files[0].GetProperty("findings")[0];
        Assert.Equal("TST001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("NoCureWord", finding.GetProperty("ruleName").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(expected.Message, finding.GetProperty("message").GetString());
        Assert.Equal(expected.Excerpt, finding.GetProperty("excerpt").GetString());
        Assert.Equal(expected.Fingerprint, finding.GetProperty("fingerprint").GetString());
        var region = finding.GetProperty("region");
        Assert.Equal(
            expected.Region,
            new SourceRegion(region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        var error = root.GetProperty("errors")[0];
        Assert.Equal(("docs/c.md", "invalidEncoding", "not valid UTF-8"), (error.GetProperty("path").GetString(), error.GetProperty("kind").GetString(), error.GetProperty("message").GetString()));

        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        Assert.Equal(2, summary.GetProperty("problems").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("notes").GetInt32());
        Assert.Equal(1, summary.GetProperty("fileErrors").GetInt32());
    }

    [Fact]
    public void An_unpaired_surrogate_is_written_as_a_replacement_character()
    {
        var rule = TestReports.Rule();
        var report = TestReports.WithFindings("a.md", TestReports.Finding(rule, "bad \uD83D end", new SourceRegion(1, 1, 1, 2), "\uDE00"));

        using var json = JsonDocument.Parse(new JsonReportWriter().WriteToString(report));

        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal("bad \uFFFD end", finding.GetProperty("message").GetString());
        Assert.Equal("\uFFFD", finding.GetProperty("excerpt").GetString());
    }

    [Fact]
    public void Stream_and_text_output_are_the_same_utf8_without_a_byte_order_mark()
    {
        var report = TestReports.Lint("é.md", "Crème: a cure.");
        using var stream = new MemoryStream();

        new JsonReportWriter().Write(report, stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(new JsonReportWriter().WriteToString(report), System.Text.Encoding.UTF8.GetString(bytes));
    }
}
