namespace HealthLint.Analysis.Cues;

/// <summary>
/// Lower-cases text and folds typographic variants (curly quotes, non-breaking spaces and hyphens) so that one
/// pattern covers every spelling. Length-preserving: index i of the result is index i of the input, so matches
/// map straight back to the text.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text) => Normalize(text, 0, text.Length);

    /// <summary>The normalized form of <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static string Normalize(string text, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (uint)length, (uint)text.Length, nameof(length));
        return string.Create(length, (text, start), static (span, source) =>
        {
            var (text, start) = source;
            var from = text.AsSpan(start, span.Length);
            if (System.Text.Ascii.IsValid(from))
            {
                // Most prose is ASCII: lower-cased at once, then only its tabs, line breaks and backquotes folded.
                System.Text.Ascii.ToLower(from, span, out _);
                for (var i = span.IndexOfAny(AsciiFolded); i >= 0; i = NextIndexOfAny(span, i + 1))
                {
                    span[i] = Fold(span[i]);
                }

                return;
            }

            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Fold(from[i]);
            }
        });
    }

    /// <summary>The ASCII characters <see cref="Fold"/> maps to another character than their lower case.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiFolded = System.Buffers.SearchValues.Create("`\n\t");

    private static int NextIndexOfAny(Span<char> span, int from)
    {
        var next = span[from..].IndexOfAny(AsciiFolded);
        return next < 0 ? -1 : from + next;
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F' or '\n' or '\t' => ' ',
        '\u2010' or '\u2011' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
