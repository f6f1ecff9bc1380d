using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

public sealed class CliExitCodeTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Results guaranteed.", new string[0], ExitCodes.Success)]
    [InlineData("Results guaranteed.", new[] { "--fail-level", "error" }, ExitCodes.Success)]
    [InlineData("Results guaranteed.", new[] { "--fail-level", "warning" }, ExitCodes.FindingsFailed)]
    [InlineData("Results guaranteed.", new[] { "--fail-level", "note" }, ExitCodes.FindingsFailed)]
    [InlineData("Results guaranteed.", new[] { "--fail-level", "none" }, ExitCodes.Success)]
    [InlineData("A cure.", new string[0], ExitCodes.FindingsFailed)]
    [InlineData("A cure.", new[] { "--fail-level", "none" }, ExitCodes.Success)]
    [InlineData("A miracle.", new[] { "--fail-level", "note" }, ExitCodes.FindingsFailed)]
    [InlineData("A miracle.", new[] { "--fail-level", "warning" }, ExitCodes.Success)]
    [InlineData("Nothing to see.", new[] { "--fail-level", "note" }, ExitCodes.Success)]
    public void The_exit_code_follows_the_fail_level(string text, string[] options, int expected)
    {
        _folder.Write("a.md", text);

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), ["a.md", .. options]);

        Assert.Equal(expected, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-level", "severe")]
    [InlineData("--input-format", "pdf")]
    [InlineData("--output")]
    public void A_usage_error_prints_usage_to_stderr_and_exits_2(params string[] args)
    {
        _folder.Write("a.md", "A cure.");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), args);

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.StartsWith("healthlint: error: ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: healthlint", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_starting_with_a_dash_can_follow_a_double_dash()
    {
        _folder.Write("-odd.md", "A cure.");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "--", "-odd.md");

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        Assert.StartsWith("-odd.md:1:3: error TST001:", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_outrank_findings()
    {
        _folder.Write("a.md", "A cure.");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "a.md", "missing.md");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Contains("a.md:1:3: error TST001:", outcome.Out, StringComparison.Ordinal);
        Assert.Equal("healthlint: error: missing.md: no such file or folder\n", outcome.Error);
    }
}
