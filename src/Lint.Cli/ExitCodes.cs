namespace HealthLint.Cli;

/// <summary>The exit codes of <c>healthlint</c>.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the fail level, and every file was read.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the fail level.</summary>
    public const int FindingsFailed = 1;

    /// <summary>A usage error, a path or file that could not be linted, or a report that could not be written.</summary>
    public const int Error = 2;
}
