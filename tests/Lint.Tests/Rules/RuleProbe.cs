namespace HealthLint.Tests.Rules;

/// <summary>Lints a snippet with the built-in rules and tells which rules fired.</summary>
internal static class RuleProbe
{
    private static readonly Linter Linter = new();

    public static IReadOnlyList<Finding> Findings(string text, string ruleId, DocumentFormat format = DocumentFormat.Markdown) =>
        Linter.Lint(text, format).Findings.Where(f => f.RuleId == ruleId).ToList();

    public static bool Fires(string text, string ruleId, DocumentFormat format = DocumentFormat.Markdown) =>
        Findings(text, ruleId, format).Count > 0;
}
