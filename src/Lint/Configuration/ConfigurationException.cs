namespace HealthLint;

/// <summary>
/// A configuration that cannot be used: a <c>.healthlint.yaml</c> file, a file it extends, or a rule pack it loads.
/// It names the file and the 1-based line and column of the YAML at fault, so that the problem can be fixed
/// without guessing; nothing is linted with a configuration that failed to load.
/// </summary>
public class ConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The path of the file at fault, or a resource name.</param>
    /// <param name="line">The 1-based line, or 0 when the problem is the file as a whole.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <param name="problem">What is wrong, without the position.</param>
    public ConfigurationException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The path of the file at fault, or a resource name.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
