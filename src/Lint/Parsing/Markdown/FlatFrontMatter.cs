namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Reads the front matter most articles have — one <c>key: value</c> per line, the value a word or phrase, a quoted
/// string without escapes, or a one-line list of such — without a YAML parser, which costs more than the rest of
/// reading a short article. Anything else, down to a comment or a tab, is left to the YAML parser: a front matter
/// is read here only where this reading is the parser's, field for field and position for position.
/// </summary>
internal static class FlatFrontMatter
{
    /// <summary>The longest key read here; the parser's limit for a key is 1,024 characters.</summary>
    private const int MaxKey = 1000;

    /// <summary>
    /// The fields of the front matter in [<paramref name="start"/>, <paramref name="end"/>) of the source, in order,
    /// with the source span of each from its key to the end of its value; <see langword="null"/> when it is not
    /// in the flat form read here.
    /// </summary>
    public static List<FrontMatterField>? Read(string source, int start, int end)
    {
        var fields = new List<FrontMatterField>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var line = start;
        while (line < end)
        {
            var lineEnd = source.AsSpan(line, end - line).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? -1 : line + lineEnd;
            var next = end;
            if (lineEnd < 0)
            {
                lineEnd = end;
            }
            else if (source[lineEnd] == '\n')
            {
                next = lineEnd + 1;
            }
            else if (lineEnd + 1 < end && source[lineEnd + 1] == '\n')
            {
                next = lineEnd + 2;
            }
            else
            {
                // A carriage return alone: left to the parser.
                return null;
            }

            if (ReadField(source, line, lineEnd) is not { } field || !keys.Add(field.Key))
            {
                // A duplicate key makes the parser fail, which the full reading reports.
                return null;
            }

            fields.Add(field);
            line = next;
        }

        return fields.Count > 0 ? fields : null;
    }

    /// <summary>One line as <c>key: value</c>, or <see langword="null"/>.</summary>
    private static FrontMatterField? ReadField(string source, int start, int end)
    {
        var i = start;
        if (i >= end || !(char.IsAsciiLetter(source[i]) || source[i] == '_'))
        {
            return null;
        }

        while (i < end && (char.IsAsciiLetterOrDigit(source[i]) || source[i] is '_' or '-'))
        {
            i++;
        }

        // The parser takes a key of at most 1,024 characters without an explicit '?' before it.
        if (i - start > MaxKey || i + 1 >= end || source[i] != ':' || source[i + 1] != ' ')
        {
            return null;
        }

        var key = source[start..i];

        var colon = i;

        i++;
        while (i < end && source[i] == ' ')
        {
            i++;
        }

        var last = end;
        while (last > i && source[last - 1] == ' ')
        {
            last--;
        }

        if (i == last)
        {
            return null;
        }

        string? value;
        if (source[i] == '[')
        {
            // The parser's span for a list ends with the key's colon.
            value = source[last - 1] == ']' ? ReadList(source, i + 1, last - 1) : null;
            return value is null ? null : new FrontMatterField(key, value, start, colon + 1);
        }
        else if (source[i] is '"' or '\'')
        {
            value = ReadQuoted(source, i, last) is (var text, var close) && close == last ? text : null;
        }
        else
        {
            value = IsPlain(source, i, last, inList: false) ? source[i..last] : null;
        }

        return value is null ? null : new FrontMatterField(key, value, start, last);
    }

    /// <summary>The items of a one-line list between its brackets, joined with ", ", or <see langword="null"/>.</summary>
    private static string? ReadList(string source, int start, int end)
    {
        var items = new List<string>();
        var i = SkipSpaces(source, start, end);
        while (i < end)
        {
            string item;
            if (source[i] is '"' or '\'')
            {
                if (ReadQuoted(source, i, end) is not (var text, var close))
                {
                    return null;
                }

                item = text;
                i = close;
            }
            else
            {
                var stop = source.IndexOf(',', i, end - i);
                stop = stop < 0 ? end : stop;
                var last = stop;
                while (last > i && source[last - 1] == ' ')
                {
                    last--;
                }

                if (!IsPlain(source, i, last, inList: true))
                {
                    return null;
                }

                item = source[i..last];
                i = stop;
            }

            items.Add(item);
            i = SkipSpaces(source, i, end);
            if (i < end)
            {
                // Another item after a comma; an empty one is left to the parser.
                if (source[i] != ',')
                {
                    return null;
                }

                i = SkipSpaces(source, i + 1, end);
                if (i == end)
                {
                    return null;
                }
            }
        }

        return string.Join(", ", items);
    }

    /// <summary>A quoted string that needs no unescaping, and the position after its closing quote; or <see langword="null"/>.</summary>
    private static (string Text, int End)? ReadQuoted(string source, int start, int end)
    {
        var quote = source[start];
        for (var i = start + 1; i < end; i++)
        {
            var c = source[i];
            if (c == quote)
            {
                return (source[(start + 1)..i], i + 1);
            }

            // An escape, a doubled quote, or a character YAML does not take as it stands: left to the parser.
            if ((quote == '"' && c == '\\') || !IsPlainCharacter(c))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is a plain scalar that stands for itself: it opens
    /// with a letter or digit, and holds only letters, digits, spaces and punctuation that means nothing in YAML
    /// there (no ':', '#', quotes at the start, brackets or commas in a list).
    /// </summary>
    private static bool IsPlain(string source, int start, int end, bool inList)
    {
        if (start >= end || !char.IsAsciiLetterOrDigit(source[start]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = source[i];
            var allowed = char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or ';' or '/' or '(' or ')' or '_' or '+' or '\'' or '!' or '?' or '-' or '&'
                || (!inList && c is ',');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A printable character YAML takes as it stands in a quoted string: no control character, byte order mark, line
    /// or paragraph separator (line breaks to YAML), or half of a pair.
    /// </summary>
    private static bool IsPlainCharacter(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and < '\uD800') or (>= '\uE000' and <= '\uFFFD') && c is not ('\uFEFF' or '\u2028' or '\u2029');

    private static int SkipSpaces(string source, int i, int end)
    {
        while (i < end && source[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
