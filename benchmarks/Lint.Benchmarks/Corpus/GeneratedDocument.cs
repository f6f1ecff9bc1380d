namespace HealthLint.Benchmarks.Corpus;

/// <summary>One generated article: where it goes below the corpus folder, how it is read, and its text.</summary>
internal sealed record GeneratedDocument(string RelativePath, DocumentFormat Format, string Text);
