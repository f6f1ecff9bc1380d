namespace HealthLint;

/// <summary>Which rules a <see cref="Linter"/> runs, and at what severity.</summary>
public sealed class LinterOptions
{
    /// <summary>The built-in rule pack at its default severities.</summary>
    public static LinterOptions Default { get; } = new();

    /// <summary>Rule ids that are not run.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];

    /// <summary>Severities that replace the rules' defaults, by rule id.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Where today's date comes from, for rules that check how old a date is; tests set a fixed one.</summary>
    internal TimeProvider Clock { get; init; } = TimeProvider.System;
}
