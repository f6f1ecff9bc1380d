using System.Text;
using HealthLint.Tests.Reporting;

namespace HealthLint.Tests.Suppressions;

/// <summary>Reports built in memory with the word rules and the directive rules, and what each writer makes of them.</summary>
internal static class SuppressionReports
{
    /// <summary>
    /// One article with a suppressed TST001 on line 2 (reason "quoted advert") and an active TST002 on line 4.
    /// </summary>
    public const string Article = "<!-- healthlint-disable-next-line TST001 -- quoted advert -->\nA cure.\n\nResults guaranteed.\n";

    public static LintReport Lint(string path, string text)
    {
        var linter = SuppressionLinters.Words();
        var format = DocumentFormats.TryFromPath(path, out var f) ? f : DocumentFormat.Markdown;
        var file = new LintedFile(path, Path.GetFullPath(path, TestReports.BaseDirectory), linter.Lint(text, format, path));
        return new LintReport(ToolInfo.HealthLint, linter.Rules, [file], [], TestReports.BaseDirectory);
    }

    public static string Write(LintReport report, ReportFormat format, bool includeSuppressed = false)
    {
        using var stream = new MemoryStream();
        ReportWriter.Create(format, includeSuppressed).Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
