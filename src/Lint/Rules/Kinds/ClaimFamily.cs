namespace HealthLint.Rules.Kinds;

/// <summary>One family of claims of a claim-needs-source rule: statistics, appeals to evidence, efficacy, safety.</summary>
internal sealed record ClaimFamily(string Name, PatternList Patterns, bool Negatable, string? Message);
