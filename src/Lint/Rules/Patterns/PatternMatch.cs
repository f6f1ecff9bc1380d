namespace HealthLint.Rules.Patterns;

/// <summary>A match of one pattern of a <see cref="PatternSet"/>: [<see cref="Start"/>, <see cref="End"/>) of the text, and which pattern.</summary>
internal readonly record struct PatternMatch(int Start, int End, int Pattern);
