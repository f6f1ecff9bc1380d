namespace HealthLint.Benchmarks.Corpus;

/// <summary>A block of a generated article's body.</summary>
internal abstract record Block;
