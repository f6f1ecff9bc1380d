using HealthLint.Rules;
using HealthLint.Suppressions;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Suppressions;

/// <summary>Linters with the test word rules and the built-in rules about directives (HL900, HL901).</summary>
internal static class SuppressionLinters
{
    /// <summary>
    /// <c>TST001</c> (error) flags "cure", <c>TST002</c> (warning) "guaranteed", <c>TST003</c> (note) "miracle";
    /// HL900 reports unused directives and HL901 malformed ones.
    /// </summary>
    public static Linter Words(LinterOptions? options = null) => new(options ?? LinterOptions.Default, new RuleSet(
    [
        new WordRule("TST001", "NoCureWord", "cure", Severity.Error),
        new WordRule("TST002", "NoGuaranteeWord", "guaranteed", Severity.Warning),
        new WordRule("TST003", "NoMiracleWord", "miracle", Severity.Note),
        .. RuleSet.BuiltIn.Rules.Where(r => r is UnusedSuppressionRule or InvalidSuppressionRule),
    ]));

    /// <summary>Each finding as one line: <c>line:col RULE</c>, then <c>suppressed (reason)</c> when suppressed.</summary>
    public static string Describe(IEnumerable<Finding> findings) => string.Join(" | ", findings.Select(f =>
        $"{f.Region.StartLine}:{f.Region.StartColumn} {f.RuleId}" + (f.Suppression is { } s ? $" suppressed ({s.Justification})" : "")));
}
