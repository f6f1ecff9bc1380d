using AngleSharp.Common;
using AngleSharp.Html;

namespace HealthLint.Parsing.Html;

/// <summary>
/// Recognises the character reference at a '&amp;' of the source and tells whether the parser's text decoded it
/// there: <c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>, and the legacy names HTML5 accepts without a
/// semicolon (<c>&amp;amp</c>, <c>&amp;copy</c>). Names are resolved with AngleSharp's own entity table.
/// </summary>
internal static class CharacterReference
{
    // The longest entity name, "CounterClockwiseContourIntegral", has 31 characters.
    private const int LongestName = 32;

    /// <summary>
    /// When <c>text[at]</c> starts a character reference (ending before <paramref name="limit"/>) whose decoded
    /// value is what <paramref name="decoded"/> holds at <paramref name="decodedAt"/>, gives the end of the
    /// reference in the source and the decoded characters it stands for.
    /// </summary>
    public static bool TryMatch(string text, int at, int limit, string decoded, int decodedAt, out int sourceEnd, out string value)
    {
        sourceEnd = at;
        value = string.Empty;
        if (at + 1 >= limit || decodedAt >= decoded.Length)
        {
            return false;
        }

        return text[at + 1] == '#'
            ? TryNumeric(text, at, limit, decoded, decodedAt, out sourceEnd, out value)
            : TryNamed(text, at, limit, decoded, decodedAt, out sourceEnd, out value);
    }

    private static bool TryNumeric(string text, int at, int limit, string decoded, int decodedAt, out int sourceEnd, out string value)
    {
        sourceEnd = at;
        value = string.Empty;
        var i = at + 2;
        var hex = i < limit && text[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        var number = 0L;
        while (i < limit && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            number = Math.Min((number * (hex ? 16 : 10)) + (hex ? HexValue(text[i]) : text[i] - '0'), 0x110000);
            i++;
        }

        if (i == digitsStart || (decoded[decodedAt] == '&' && number != '&'))
        {
            // No digits: not a reference. A decoded '&' here means the parser kept the text as it was.
            return false;
        }

        if (i < limit && text[i] == ';')
        {
            i++;
        }

        // A numeric reference always becomes one code point (U+FFFD or a windows-1252 replacement where it is not
        // allowed), so it stands for the parser's next code point, whatever the parser made of it.
        sourceEnd = i;
        var length = char.IsHighSurrogate(decoded[decodedAt]) && decodedAt + 1 < decoded.Length && char.IsLowSurrogate(decoded[decodedAt + 1]) ? 2 : 1;
        value = decoded.Substring(decodedAt, length);
        return true;
    }

    private static bool TryNamed(string text, int at, int limit, string decoded, int decodedAt, out int sourceEnd, out string value)
    {
        sourceEnd = at;
        value = string.Empty;
        var nameStart = at + 1;
        var i = nameStart;
        while (i < limit && i - nameStart < LongestName && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        var nameLength = i - nameStart;
        if (nameLength == 0)
        {
            return false;
        }

        var resolver = HtmlEntityProvider.ResolverExtended;
        if (i < limit && text[i] == ';')
        {
            var symbol = resolver.GetSymbol(new StringOrMemory(text.AsMemory(nameStart, nameLength + 1)));
            if (Matches(symbol, decoded, decodedAt))
            {
                sourceEnd = i + 1;
                value = symbol!;
                return true;
            }
        }

        // The legacy names that need no semicolon; the parser takes the longest that fits.
        for (var length = nameLength; length > 0; length--)
        {
            var symbol = resolver.GetSymbol(new StringOrMemory(text.AsMemory(nameStart, length)));
            if (Matches(symbol, decoded, decodedAt))
            {
                sourceEnd = nameStart + length;
                value = symbol!;
                return true;
            }
        }

        return false;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool Matches(string? symbol, string decoded, int decodedAt)
    {
        return !string.IsNullOrEmpty(symbol) && decodedAt + symbol.Length <= decoded.Length
            && string.CompareOrdinal(decoded, decodedAt, symbol, 0, symbol.Length) == 0;
    }
}
