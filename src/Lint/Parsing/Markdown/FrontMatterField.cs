namespace HealthLint.Parsing.Markdown;

/// <summary>A top-level field of a front matter: its key, its value as text, and its source span from key to value.</summary>
internal sealed record FrontMatterField(string Key, string Value, int Start, int End);
