namespace HealthLint.Tests.Reporting;

public sealed class GitHubReportWriterTests
{
    [Fact]
    public void Findings_are_workflow_commands_with_the_full_region_and_the_rule_as_title()
    {
        var report = TestReports.Lint("docs/a.md", "The cure is guaranteed, a miracle.");

        var lines = new GitHubReportWriter().WriteToString(report).Split('\n');

        Assert.Equal("::error file=docs/a.md,line=1,col=5,endLine=1,endColumn=9,title=TST001 NoCureWord::The word 'cure' is not allowed.", lines[0]);
        Assert.StartsWith("::warning file=docs/a.md,line=1,col=13,endLine=1,endColumn=23,title=TST002 NoGuaranteeWord::", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("::notice file=docs/a.md,line=1,col=27,", lines[2], StringComparison.Ordinal);
        Assert.Equal("3 problems (1 error, 1 warning, 1 note) in 1 file", lines[3]);
    }

    [Fact]
    public void Data_and_properties_are_escaped_as_the_actions_toolkit_does()
    {
        Assert.Equal("100%25 sure%0D%0Anext: a, b", GitHubReportWriter.EscapeData("100% sure\r\nnext: a, b"));
        Assert.Equal("a%3Ab%2Cc%25d%0Ae", GitHubReportWriter.EscapeProperty("a:b,c%d\ne"));
    }

    [Fact]
    public void Paths_and_messages_with_special_characters_cannot_break_the_command()
    {
        var rule = new RuleDescriptor("TST009", "Odd,Name:X", "A test rule");
        var report = TestReports.WithFindings("dir,x/a:b.md", TestReports.Finding(rule, "50% sure\nreally", new SourceRegion(1, 1, 1, 2)));

        var line = new GitHubReportWriter().WriteToString(report).Split('\n')[0];

        Assert.Equal("::warning file=dir%2Cx/a%3Ab.md,line=1,col=1,endLine=1,endColumn=2,title=TST009 Odd%2CName%3AX::50%25 sure%0Areally", line);
    }

    [Fact]
    public void Files_that_could_not_be_linted_are_error_annotations()
    {
        var report = TestReports.Lint(
            [("a.md", "Fine.")],
            [new FileError("b.md", FileErrorKind.Unreadable, "cannot be read: permission denied"), new FileError("x/*.md", FileErrorKind.NotFound, "no files match the glob")]);

        var lines = new GitHubReportWriter().WriteToString(report).Split('\n');

        Assert.Equal("::error file=b.md,title=HealthLint::b.md: cannot be read: permission denied", lines[0]);
        Assert.Equal("::error title=HealthLint::x/*.md: no files match the glob", lines[1]);
    }
}
