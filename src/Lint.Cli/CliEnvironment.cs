namespace HealthLint.Cli;

/// <summary>What a run of the command talks to: its output streams, its current directory and the linter to use.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory, Linter Linter)
{
    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error, Environment.CurrentDirectory, new Linter());
}
