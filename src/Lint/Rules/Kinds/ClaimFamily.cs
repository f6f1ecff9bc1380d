namespace HealthLint.Rules.Kinds;

/// <summary>
/// One family of claims of a claim-needs-source rule: statistics, appeals to evidence, efficacy, safety. Its own
/// <c>ignore</c> cues add to the rule's: definitions silence efficacy claims, not statistics.
/// </summary>
internal sealed record ClaimFamily(string Name, PatternList Patterns, bool Negatable, string? Message, CueFilter Ignore);
