namespace HealthLint.Analysis;

internal enum TokenKind
{
    /// <summary>Letters, with inner apostrophes and hyphens: <c>don't</c>, <c>risk-free</c>.</summary>
    Word,

    /// <summary>Digits with inner separators: <c>2.5</c>, <c>1,000</c>, <c>16:8</c>.</summary>
    Number,

    /// <summary>Any other non-space character: <c>%</c>, <c>,</c>, <c>!</c>, <c>—</c>.</summary>
    Symbol,
}
