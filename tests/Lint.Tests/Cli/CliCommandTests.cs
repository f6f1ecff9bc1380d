using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

public sealed class CliCommandTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Rules_lists_id_severity_name_and_title_in_columns()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "rules");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(
            [
                "ID      SEVERITY  NAME             TITLE",
                "TST001  error     NoCureWord       Avoid the word 'cure'",
                "TST002  warning   NoGuaranteeWord  Avoid the word 'guaranteed'",
                "TST003  note      NoMiracleWord    Avoid the word 'miracle'",
            ],
            outcome.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Rules_lists_every_built_in_rule()
    {
        var linter = new Linter();

        var outcome = CliRunner.Run(_folder.Path, linter, "rules");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var lines = outcome.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("ID", lines[0], StringComparison.Ordinal);
        Assert.All(linter.Rules, rule => Assert.Contains(lines, line => line.StartsWith(rule.Id + " ", StringComparison.Ordinal) && line.EndsWith(rule.Title, StringComparison.Ordinal)));
    }

    [Fact]
    public void Version_prints_the_library_version()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "--version");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(ToolInfo.HealthLint.Version + "\n", outcome.Out);
        Assert.Matches(@"^\d+\.\d+\.\d+", outcome.Out);
    }

    [Fact]
    public void Help_describes_the_options_and_the_rules_command()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "--help");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        foreach (var expected in new[] { "--format", "--output", "--fail-level", "--input-format", "--version", "rules" })
        {
            Assert.Contains(expected, outcome.Out, StringComparison.Ordinal);
        }
    }
}
