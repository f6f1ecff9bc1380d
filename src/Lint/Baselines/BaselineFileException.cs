namespace HealthLint;

/// <summary>A baseline file that cannot be used: missing, unreadable, not JSON, or not a baseline; with the 1-based line and column at fault where there is one.</summary>
public sealed class BaselineFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The baseline file's path, as the user gave it.</param>
    /// <param name="line">The 1-based line, or 0 when the problem is the file as a whole.</param>
    /// <param name="column">The 1-based column in UTF-16 code units, or 0.</param>
    /// <param name="problem">What is wrong, without the position.</param>
    public BaselineFileException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The baseline file's path, as the user gave it.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>The 1-based column in UTF-16 code units, or 0.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
