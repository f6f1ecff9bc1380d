namespace HealthLint.Suppressions;

/// <summary>A rule id named by a directive, spelt as its rule is, with where it is written in the comment's text.</summary>
internal sealed record DirectiveRuleId(string Id, int Start, int End);
