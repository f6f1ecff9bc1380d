namespace HealthLint.Benchmarks.Corpus;

/// <summary>A pull quote, or a callout box such as "Key points" when <paramref name="Callout"/> names one.</summary>
internal sealed record QuoteBlock(IReadOnlyList<Span> Spans, string? Callout = null) : Block;
