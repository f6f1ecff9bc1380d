namespace HealthLint.Cli;

/// <summary>The parsed arguments of a lint run.</summary>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    string? OutputPath,
    FailLevel FailLevel,
    DocumentFormat? InputFormat,
    string? ConfigurationFile = null);
