namespace HealthLint.Analysis;

internal readonly record struct TextCitation(TextSpan Span, TextCitationKind Kind);
