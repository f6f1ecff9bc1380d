using HealthLint.Cli;

namespace HealthLint.Tests.Support;

/// <summary>Runs the healthlint command in this process, in a given current directory, with its output captured.</summary>
internal static class CliRunner
{
    public static CliOutcome Run(string currentDirectory, Linter? linter, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, new CliEnvironment(output, error, currentDirectory, linter ?? new Linter()));
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
