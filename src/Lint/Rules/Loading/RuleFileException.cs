namespace HealthLint;

/// <summary>
/// A rule file or rule pack that cannot be loaded: the file, and the 1-based line and column of the YAML at fault.
/// A rule pack is part of a configuration, so this is a <see cref="ConfigurationException"/>.
/// </summary>
public sealed class RuleFileException : ConfigurationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The rule file's path or resource name.</param>
    /// <param name="line">The 1-based line, or 0 when the problem is the file as a whole.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <param name="problem">What is wrong, without the position.</param>
    public RuleFileException(string file, int line, int column, string problem)
        : base(file, line, column, problem)
    {
    }
}
