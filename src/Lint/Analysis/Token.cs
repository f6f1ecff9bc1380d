namespace HealthLint.Analysis;

/// <summary>A word, number or symbol of a block's text, at [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Text)
{
    /// <summary>The text in lower case with typographic apostrophes made straight, for lexicon lookups.</summary>
    public string Normalized { get; init; } = Text;
}
