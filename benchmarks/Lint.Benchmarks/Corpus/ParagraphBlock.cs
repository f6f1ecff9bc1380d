namespace HealthLint.Benchmarks.Corpus;

internal sealed record ParagraphBlock(IReadOnlyList<Span> Spans) : Block;
