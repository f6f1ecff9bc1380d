namespace HealthLint;

/// <summary>How serious a finding is. The names and order follow SARIF's result levels.</summary>
public enum Severity
{
    /// <summary>Worth a look; never fails a build unless asked to.</summary>
    Note = 1,

    /// <summary>Should be fixed before publishing.</summary>
    Warning = 2,

    /// <summary>Must be fixed before publishing.</summary>
    Error = 3,
}
