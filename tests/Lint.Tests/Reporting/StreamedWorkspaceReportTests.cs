using HealthLint.Tests.Support;

namespace HealthLint.Tests.Reporting;

/// <summary>
/// A report made from a workspace stream keeps no file, yet every writer writes the same bytes from it as from the
/// report of the same files kept in memory: findings, notices, errors, baseline states and counts.
/// </summary>
public sealed class StreamedWorkspaceReportTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public StreamedWorkspaceReportTests()
    {
        for (var i = 0; i < 40; i++)
        {
            _folder.Write($"site/{i % 3}/page-{i:00}.md", $"# Page {i}\n\nThis tea is guaranteed to cure colds {i}.\n\nStudies show zinc shortens colds.\n");
        }

        _folder.Write("site/0/suppressed.md", "<!-- healthlint-disable-next-line HL002 -- quoted from a complaint -->\nThis cream is guaranteed to cure acne.\n");
        _folder.Write("site/1/deep.md", new string('>', 5_000) + " Guaranteed to cure acne.\n");
        _folder.Write("site/2/page.html", "<html><body><p>Our pills reverse diabetes in weeks, guaranteed.</p></body></html>");
        _folder.WriteBytes("site/2/broken.md", [0x66, 0xC3, 0x28]);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(ReportFormat.Text, false)]
    [InlineData(ReportFormat.Json, false)]
    [InlineData(ReportFormat.GitHub, false)]
    [InlineData(ReportFormat.Sarif, false)]
    [InlineData(ReportFormat.Text, true)]
    [InlineData(ReportFormat.Json, true)]
    [InlineData(ReportFormat.Sarif, true)]
    public void A_streamed_report_is_written_as_the_kept_report_is(ReportFormat format, bool withBaseline)
    {
        var workspace = Workspace();
        var kept = LintReport.Create(workspace, workspace.Lint(["site"]));
        Baseline? baseline = null;
        if (withBaseline)
        {
            // A baseline of half the pages: the other half's findings are new, and one entry is of a page now gone.
            var half = LintReport.Create(workspace, workspace.Lint(["site/0", "site/1"]));
            baseline = Baseline.Create(half, _folder.Path);
            kept = baseline.Apply(kept);
        }

        using var stream = workspace.Stream(["site"]);
        var streamed = LintReport.Create(workspace, stream);
        if (baseline is not null)
        {
            streamed = baseline.Apply(streamed);
        }

        Assert.True(streamed.IsStreamed);
        Assert.Throws<InvalidOperationException>(() => streamed.Summary);
        var writer = ReportWriter.Create(format, includeSuppressed: true);

        var text = writer.WriteToString(streamed);

        Assert.Equal(writer.WriteToString(kept), text);
        Assert.Equal(kept.Summary.ToString(), streamed.Summary.ToString());
        Assert.Equal(["site/2/broken.md"], streamed.Errors.Select(e => e.Path));
        Assert.Contains("HL002", text, StringComparison.Ordinal);
        Assert.Equal(withBaseline, streamed.Summary.InBaselineCount > 0);
    }

    [Fact]
    public void A_streamed_report_keeps_no_file_and_is_written_once()
    {
        var workspace = Workspace();
        using var stream = workspace.Stream(["site"]);
        var report = LintReport.Create(workspace, stream);
        var writer = ReportWriter.Create(ReportFormat.Json);

        Assert.Throws<InvalidOperationException>(() => report.Files);
        Assert.Throws<InvalidOperationException>(() => report.Errors);
        Assert.Throws<InvalidOperationException>(() => report.AbsentFromBaseline);
        _ = writer.WriteToString(report);

        Assert.Equal(43, report.Summary.FileCount);
        Assert.Empty(report.AbsentFromBaseline);
        Assert.Throws<InvalidOperationException>(() => writer.WriteToString(report));
    }

    [SharedFact]
    public void The_streamed_sarif_log_passes_the_validator()
    {
        var workspace = Workspace();
        using var stream = workspace.Stream(["site"]);
        var path = _folder.Write("streamed.sarif", ReportWriter.Create(ReportFormat.Sarif).WriteToString(LintReport.Create(workspace, stream)));

        SarifValidator.AssertValid(path, strict: false);
    }

    private LintWorkspace Workspace() =>
        new(new Linter(), new WorkspaceOptions { BaseDirectory = _folder.Path, MaxDegreeOfParallelism = 3 });
}
