using HealthLint.Tests.Support;

namespace HealthLint.Tests.Reporting;

/// <summary>Reports built in memory from articles linted with the test word rules.</summary>
internal static class TestReports
{
    public static readonly string BaseDirectory = Path.Combine(Path.GetTempPath(), "healthlint-report-base");

    public static LintReport Lint(IEnumerable<(string Path, string Text)> files, IEnumerable<FileError>? errors = null)
    {
        var linter = TestLinters.Words();
        var linted = files.Select(file =>
        {
            var format = DocumentFormats.TryFromPath(file.Path, out var f) ? f : DocumentFormat.Markdown;
            var fullPath = Path.GetFullPath(file.Path, BaseDirectory);
            return new LintedFile(file.Path, fullPath, linter.Lint(file.Text, format, file.Path));
        });
        return new LintReport(ToolInfo.HealthLint, linter.Rules, linted, errors ?? [], BaseDirectory);
    }

    public static LintReport Lint(string path, string text) => Lint([(path, text)]);

    /// <summary>A report of one file holding exactly the given findings, made without a linter.</summary>
    public static LintReport WithFindings(string path, params Finding[] findings)
    {
        var result = new LintResult(path, DocumentFormat.Markdown, findings, []);
        return new LintReport(ToolInfo.HealthLint, [], [new LintedFile(path, Path.GetFullPath(path, BaseDirectory), result)], [], BaseDirectory);
    }

    public static RuleDescriptor Rule(string id = "TST009", Severity severity = Severity.Warning) =>
        new(id, "TestRule", "A test rule") { DefaultSeverity = severity };

    public static Finding Finding(RuleDescriptor rule, string message, SourceRegion region, string excerpt = "x") =>
        new(rule, rule.DefaultSeverity, message, region, 0, 1, excerpt, "0123456789abcdef0123456789abcdef");
}
