namespace HealthLint.Benchmarks.Corpus;

internal enum SpanKind
{
    Text,
    Emphasis,
    Strong,
    Link,
    Footnote,
}
