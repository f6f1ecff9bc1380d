using System.Text.RegularExpressions;

namespace HealthLint.Tests.Reporting;

public sealed partial class TextReportWriterTests
{
    [Fact]
    public void Each_finding_is_a_compiler_style_line_in_path_then_position_order()
    {
        var report = TestReports.Lint([
            ("docs/b.md", "A miracle.\n\nThe cure is guaranteed."),
            ("docs/a.md", "No problem here."),
        ]);

        var lines = Lines(new TextReportWriter().WriteToString(report));

        Assert.Equal(
            [
                "docs/b.md:1:3: note TST003: The word 'miracle' is not allowed.",
                "docs/b.md:3:5: error TST001: The word 'cure' is not allowed.",
                "docs/b.md:3:13: warning TST002: The word 'guaranteed' is not allowed.",
                "3 problems (1 error, 1 warning, 1 note) in 2 files",
            ],
            lines);
        Assert.All(lines[..^1], line => Assert.Matches(FindingLine(), line));
    }

    [Fact]
    public void Without_findings_the_summary_says_so_in_the_singular()
    {
        var text = new TextReportWriter().WriteToString(TestReports.Lint("a.md", "Plain text."));

        Assert.Equal("No problems found in 1 file\n", text);
    }

    [Fact]
    public void Files_that_could_not_be_linted_are_error_lines_and_counted_in_the_summary()
    {
        var report = TestReports.Lint(
            [("a.md", "A cure.")],
            [new FileError("z.md", FileErrorKind.InvalidEncoding, "not valid UTF-8: byte 0xFF at line 1 (byte offset 0)")]);

        var lines = Lines(new TextReportWriter().WriteToString(report));

        Assert.Equal("z.md: error: not valid UTF-8: byte 0xFF at line 1 (byte offset 0)", lines[1]);
        Assert.Equal("1 problem (1 error, 0 warnings, 0 notes) in 1 file; 1 path could not be linted", lines[2]);
    }

    [Fact]
    public void A_message_with_line_breaks_stays_on_one_line()
    {
        var rule = TestReports.Rule();
        var report = TestReports.WithFindings("a.md", TestReports.Finding(rule, "first\r\nsecond", new SourceRegion(2, 3, 2, 4)));

        var lines = Lines(new TextReportWriter().WriteToString(report));

        Assert.Equal("a.md:2:3: warning TST009: first  second", lines[0]);
        Assert.Equal(2, lines.Length);
    }

    private static string[] Lines(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        return text[..^1].Split('\n');
    }

    [GeneratedRegex(@"^[^:]+:\d+:\d+: (error|warning|note) [A-Z]+\d+: .+$")]
    private static partial Regex FindingLine();
}
