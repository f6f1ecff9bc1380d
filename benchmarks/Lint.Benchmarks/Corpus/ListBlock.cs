namespace HealthLint.Benchmarks.Corpus;

internal sealed record ListBlock(bool Ordered, IReadOnlyList<IReadOnlyList<Span>> Items) : Block;
