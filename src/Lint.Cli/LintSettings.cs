namespace HealthLint.Cli;

/// <summary>The parsed arguments of a lint run.</summary>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    string? OutputPath,
    FailLevel FailLevel,
    DocumentFormat? InputFormat,
    string? ConfigurationFile = null)
{
    /// <summary>Whether SARIF and text keep the findings inline directives suppress.</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>The baseline file to compare the findings with, if any.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>The baseline file to record the findings in, if any.</summary>
    public string? WriteBaselinePath { get; init; }
}
