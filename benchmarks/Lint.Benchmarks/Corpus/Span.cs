namespace HealthLint.Benchmarks.Corpus;

/// <summary>A run of inline content in a generated article, rendered by each writer in its own markup.</summary>
/// <param name="Kind">What the run is.</param>
/// <param name="Text">Its text: the words, a link's text, or empty for a footnote reference.</param>
/// <param name="Url">A link's target.</param>
/// <param name="Number">A footnote reference's number.</param>
internal sealed record Span(SpanKind Kind, string Text, string? Url = null, int Number = 0)
{
    public static Span Plain(string text) => new(SpanKind.Text, text);

    public static Span Emphasis(string text) => new(SpanKind.Emphasis, text);

    public static Span Strong(string text) => new(SpanKind.Strong, text);

    public static Span Link(string text, string url) => new(SpanKind.Link, text, url);

    public static Span Footnote(int number) => new(SpanKind.Footnote, string.Empty, Number: number);
}
