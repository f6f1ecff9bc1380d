namespace HealthLint.Parsing.Html;

/// <summary>A stretch [<see cref="Start"/>, <see cref="End"/>) of the source between two pieces of markup.</summary>
internal readonly record struct TextRun(int Start, int End, TextRunKind Kind);
