using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

/// <summary>The command makes its linter, and so loads the rules, only when a run needs one.</summary>
public sealed class CliStartupTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(ExitCodes.Success, "--version")]
    [InlineData(ExitCodes.Success, "--help")]
    [InlineData(ExitCodes.Error, "--no-such-option")]
    [InlineData(ExitCodes.Error, "--format", "xml")]
    public void Answers_without_making_a_linter(int expectedExitCode, params string[] args)
    {
        var made = 0;

        var exitCode = Run(args, () =>
        {
            made++;
            return TestLinters.Words();
        });

        Assert.Equal(0, made);
        Assert.Equal(expectedExitCode, exitCode);
    }

    [Fact]
    public void A_lint_run_makes_its_linter_once()
    {
        _folder.Write("a.md", "This tea will cure you.\n");
        _folder.Write("b.md", "A miracle.\n");
        var made = 0;

        var exitCode = Run([_folder.Path], () =>
        {
            made++;
            return TestLinters.Words();
        });

        Assert.Equal(1, made);
        Assert.Equal(ExitCodes.FindingsFailed, exitCode);
    }

    private int Run(string[] args, Func<Linter> linter)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return CliApplication.Run(args, new CliEnvironment(output, error, _folder.Path, linter));
    }
}
