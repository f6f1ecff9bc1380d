namespace HealthLint.Cli;

/// <summary>What a run of the command talks to: its output streams, its current directory and the linter to use.</summary>
internal sealed class CliEnvironment
{
    private readonly Lazy<Linter> _linter;

    public CliEnvironment(TextWriter output, TextWriter error, string currentDirectory, Linter linter)
        : this(output, error, currentDirectory, () => linter)
    {
    }

    /// <summary>
    /// An environment whose linter is made when first asked for: loading the rules is most of the command's start-up,
    /// and <c>--version</c>, <c>--help</c> and a mistyped option do without it.
    /// </summary>
    public CliEnvironment(TextWriter output, TextWriter error, string currentDirectory, Func<Linter> linter)
    {
        Out = output;
        Error = error;
        CurrentDirectory = currentDirectory;
        _linter = new Lazy<Linter>(linter);
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public string CurrentDirectory { get; }

    public Linter Linter => _linter.Value;

    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error, Environment.CurrentDirectory, () => new Linter());
}
