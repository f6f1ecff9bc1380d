using HealthLint.Rules;

namespace HealthLint.Tests.Support;

/// <summary>Linters with test rules in place of the built-in rule pack, so that tests know exactly what is found.</summary>
internal static class TestLinters
{
    /// <summary>
    /// <c>TST001</c> (error) flags "cure", <c>TST002</c> (warning) flags "guaranteed", <c>TST003</c> (note) flags "miracle".
    /// </summary>
    public static Linter Words() => Create(
        new WordRule("TST001", "NoCureWord", "cure", Severity.Error),
        new WordRule("TST002", "NoGuaranteeWord", "guaranteed", Severity.Warning),
        new WordRule("TST003", "NoMiracleWord", "miracle", Severity.Note));

    public static Linter Create(params Rule[] rules) => new(LinterOptions.Default, new RuleSet(rules));
}
