namespace HealthLint;

/// <summary>A rule file or rule pack that cannot be loaded: the file, and the 1-based line and column of the YAML at fault.</summary>
public sealed class RuleFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The rule file's path or resource name.</param>
    /// <param name="line">The 1-based line, or 0 when the problem is the file as a whole.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <param name="problem">What is wrong, without the position.</param>
    public RuleFileException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The rule file's path or resource name.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
