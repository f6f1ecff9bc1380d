namespace HealthLint;

/// <summary>The formats a <see cref="LintReport"/> can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Compiler-style lines, <c>path:line:col: severity ID: message</c>, and a summary.</summary>
    Text,

    /// <summary>HealthLint's own JSON document (see <see cref="JsonReportWriter"/>).</summary>
    Json,

    /// <summary>GitHub Actions workflow commands, which show as annotations on the changed lines.</summary>
    GitHub,

    /// <summary>SARIF 2.1.0, as GitHub code scanning ingests it.</summary>
    Sarif,
}
