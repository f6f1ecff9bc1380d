using System.Globalization;
using System.Text;
using HealthLint.Analysis.Text;

namespace HealthLint.Analysis;

/// <summary>Splits text into words, numbers and symbols.</summary>
/// <remarks>
/// <para>A <b>word</b> starts with a letter and goes on through letters, combining marks and digits ("B12", "CO2"),
/// through an apostrophe (' or ’) followed by a letter ("don't", "don’t"), through a hyphen (-, U+2010, U+2011)
/// followed by a letter or digit ("risk-free", "COVID-19", "omega-3"), and through an invisible joiner (soft hyphen,
/// zero-width joiners, word joiner) followed by a letter.</para>
/// <para>A <b>number</b> starts with a digit (or a period directly before a digit that does not follow a letter or digit: ".5")
/// and goes on through digits and inner separators: '.' or ':' followed by a digit ("2.5", "16:8", "3.1.4"), and ','
/// followed by exactly three digits ("1,000"; "2,3" is two numbers). Letters after a number start a new word, so
/// "24-hour" is number, hyphen, word and "5mg" is number, word. Ranges such as "3–5" are number, symbol, number.</para>
/// <para>Anything else that is not whitespace is a <b>symbol</b> of one character, or one code point for a surrogate
/// pair (an emoji), together with any combining marks that follow it. Format characters (zero-width space, joiners,
/// direction marks, BOM) outside words are skipped. A range that cuts a surrogate pair in half leaves that half out.</para>
/// <para><see cref="Token.Normalized"/> is the text in invariant lower case with ’, ‘ and ʼ made ', the hyphens U+2010 and
/// U+2011 made '-', the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ spelt out, and invisible joiners removed. Non-breaking spaces are
/// whitespace and separate tokens.</para>
/// </remarks>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> within [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var i = start;
        while (i < end)
        {
            if (IsCutSurrogate(text, i, start, end))
            {
                i++;
                continue;
            }

            var length = Decode(text, i, end, out var rune);
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category == UnicodeCategory.Format)
            {
                i += length;
                continue;
            }

            TokenKind kind;
            int tokenEnd;
            if (Rune.IsLetter(rune))
            {
                kind = TokenKind.Word;
                tokenEnd = ScanWord(text, i + length, end);
            }
            else if (Rune.IsDigit(rune))
            {
                kind = TokenKind.Number;
                tokenEnd = ScanNumber(text, i + length, end);
            }
            else if (rune.Value == '.' && StartsDecimalFraction(text, i, start, end))
            {
                kind = TokenKind.Number;
                tokenEnd = ScanNumber(text, i + 1, end);
            }
            else
            {
                kind = TokenKind.Symbol;
                tokenEnd = SkipMarks(text, i + length, end);
            }

            var value = text[i..tokenEnd];
            tokens.Add(new Token(i, tokenEnd, kind, value) { Normalized = Normalize(value) });
            i = tokenEnd;
        }

        return tokens;
    }

    /// <summary>Half of a surrogate pair whose other half lies outside [start, end).</summary>
    private static bool IsCutSurrogate(string text, int i, int start, int end) =>
        (i == start && char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
        || (i == end - 1 && char.IsHighSurrogate(text[i]) && end < text.Length && char.IsLowSurrogate(text[end]));

    /// <summary>The code point at <paramref name="i"/> and its length in chars; a lone surrogate is one char read as U+FFFD.</summary>
    private static int Decode(string text, int i, int end, out Rune rune)
    {
        Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out rune, out var consumed);
        return Math.Max(consumed, 1);
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            var length = Decode(text, i, end, out var rune);
            if (Rune.IsLetterOrDigit(rune) || IsMark(rune))
            {
                i += length;
                continue;
            }

            var c = text[i];
            var joins = Punctuation.IsApostrophe(c) || Punctuation.IsInvisibleJoiner(c)
                ? IsLetterAt(text, i + 1, end)
                : Punctuation.IsHyphen(c) && IsLetterOrDigitAt(text, i + 1, end);
            if (!joins)
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            var length = Decode(text, i, end, out var rune);
            if (Rune.IsDigit(rune))
            {
                i += length;
                continue;
            }

            var c = text[i];
            if (c is '.' or ':' && IsDigitAt(text, i + 1, end))
            {
                i++;
            }
            else if (c == ',' && IsThousandsGroup(text, i + 1, end))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Exactly three ASCII digits at <paramref name="i"/>, not followed by a fourth.</summary>
    private static bool IsThousandsGroup(string text, int i, int end) =>
        i + 3 <= end
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == end || !char.IsAsciiDigit(text[i + 3]));

    /// <summary>A period that begins a number such as ".5": a digit follows and no letter or digit comes before.</summary>
    private static bool StartsDecimalFraction(string text, int i, int start, int end) =>
        IsDigitAt(text, i + 1, end) && (i == start || !char.IsLetterOrDigit(text[i - 1]));

    private static int SkipMarks(string text, int i, int end)
    {
        while (i < end)
        {
            var length = Decode(text, i, end, out var rune);
            if (!IsMark(rune))
            {
                break;
            }

            i += length;
        }

        return i;
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsLetterAt(string text, int i, int end) => i < end && Decode(text, i, end, out var rune) > 0 && Rune.IsLetter(rune);

    private static bool IsDigitAt(string text, int i, int end) => i < end && Decode(text, i, end, out var rune) > 0 && Rune.IsDigit(rune);

    private static bool IsLetterOrDigitAt(string text, int i, int end) => i < end && Decode(text, i, end, out var rune) > 0 && Rune.IsLetterOrDigit(rune);

    /// <summary>The lookup form of a token: see the remarks on <see cref="Tokenizer"/>.</summary>
    internal static string Normalize(string value)
    {
        var needsMapping = false;
        foreach (var c in value)
        {
            if (NeedsMapping(c))
            {
                needsMapping = true;
                break;
            }
        }

        if (!needsMapping)
        {
            return value.ToLowerInvariant();
        }

        var builder = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            switch (c)
            {
                case '’' or '‘' or 'ʼ':
                    builder.Append('\'');
                    break;
                case '‐' or '‑':
                    builder.Append('-');
                    break;
                case 'ﬀ':
                    builder.Append("ff");
                    break;
                case 'ﬁ':
                    builder.Append("fi");
                    break;
                case 'ﬂ':
                    builder.Append("fl");
                    break;
                case 'ﬃ':
                    builder.Append("ffi");
                    break;
                case 'ﬄ':
                    builder.Append("ffl");
                    break;
                case 'ﬅ' or 'ﬆ':
                    builder.Append("st");
                    break;
                default:
                    if (!Punctuation.IsInvisibleJoiner(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().ToLowerInvariant();
    }

    private static bool NeedsMapping(char c) => c is '’' or '‘' or 'ʼ' or '‐' or '‑' || (c >= 'ﬀ' && c <= 'ﬆ') || Punctuation.IsInvisibleJoiner(c);
}
