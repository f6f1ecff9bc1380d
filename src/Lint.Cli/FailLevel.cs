namespace HealthLint.Cli;

/// <summary>The least severe finding that makes <c>healthlint</c> exit with <see cref="ExitCodes.FindingsFailed"/>.</summary>
internal enum FailLevel
{
    /// <summary>Findings never fail the run.</summary>
    None,

    /// <summary>Notes, warnings and errors fail the run.</summary>
    Note,

    /// <summary>Warnings and errors fail the run.</summary>
    Warning,

    /// <summary>Only errors fail the run.</summary>
    Error,
}
