namespace HealthLint.Benchmarks.Corpus;

/// <summary>An entry of an article's reference list, cited by footnote number.</summary>
internal sealed record Reference(int Number, string Authors, string Title, string Journal, int Year, string Details, string Url);
