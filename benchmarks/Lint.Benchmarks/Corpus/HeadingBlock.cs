namespace HealthLint.Benchmarks.Corpus;

internal sealed record HeadingBlock(int Level, string Text) : Block;
