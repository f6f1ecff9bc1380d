namespace HealthLint.Parsing.Html;

/// <summary>
/// Reads one piece of markup (tag, comment, doctype, CDATA section, processing instruction) the way the HTML
/// tokenizer delimits it, without building anything: quoted attribute values may hold '&gt;', comments end at
/// <c>--&gt;</c> or <c>--!&gt;</c>, bogus comments at the first '&gt;'.
/// </summary>
internal static class HtmlMarkupReader
{
    public static Markup Read(string text, int at, int limit, bool inForeignContent)
    {
        if (at + 1 >= limit)
        {
            return Markup.None(at);
        }

        var next = text[at + 1];
        if (char.IsAsciiLetter(next))
        {
            return ReadTag(text, at, at + 1, limit, MarkupKind.StartTag);
        }

        if (next == '/')
        {
            if (at + 2 >= limit)
            {
                return Markup.None(at);
            }

            var third = text[at + 2];
            if (char.IsAsciiLetter(third))
            {
                return ReadTag(text, at, at + 2, limit, MarkupKind.EndTag);
            }

            if (third == '>')
            {
                return new Markup(MarkupKind.Dropped, at, at + 3, at, at, false, at, at);
            }

            return BogusComment(text, at, at + 2, limit);
        }

        if (next == '?')
        {
            return BogusComment(text, at, at + 1, limit);
        }

        if (next != '!')
        {
            return Markup.None(at);
        }

        if (StartsWith(text, at + 2, limit, "--", ignoreCase: false))
        {
            return Comment(text, at, limit);
        }

        if (StartsWith(text, at + 2, limit, "doctype", ignoreCase: true))
        {
            var close = IndexOf(text, '>', at + 9, limit);
            var end = close < 0 ? limit : close + 1;
            return new Markup(MarkupKind.Doctype, at, end, at, at, false, at, at);
        }

        if (StartsWith(text, at + 2, limit, "[CDATA[", ignoreCase: false) && inForeignContent)
        {
            var dataStart = at + 9;
            var close = text.AsSpan(dataStart, limit - dataStart).IndexOf("]]>", StringComparison.Ordinal);
            return close < 0
                ? new Markup(MarkupKind.CData, at, limit, at, at, false, dataStart, limit)
                : new Markup(MarkupKind.CData, at, dataStart + close + 3, at, at, false, dataStart, dataStart + close);
        }

        return BogusComment(text, at, at + 2, limit);
    }

    /// <summary>The offset just after the start tag that begins at <paramref name="at"/>, or <paramref name="at"/> when none begins there.</summary>
    public static int StartTagEnd(string text, int at, int limit)
    {
        if (at < 0 || at >= limit || text[at] != '<')
        {
            return Math.Clamp(at, 0, limit);
        }

        var markup = Read(text, at, limit, inForeignContent: false);
        return markup.Kind == MarkupKind.None ? at : markup.End;
    }

    private static Markup ReadTag(string text, int at, int nameStart, int limit, MarkupKind kind)
    {
        var i = nameStart;
        while (i < limit && !IsTagNameEnd(text[i]))
        {
            i++;
        }

        var nameEnd = i;
        var selfClosing = false;
        while (i < limit)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/')
            {
                i++;
                if (i < limit && text[i] == '>')
                {
                    selfClosing = true;
                }

                continue;
            }

            if (c == '>')
            {
                return new Markup(kind, at, i + 1, nameStart, nameEnd, selfClosing, at, at);
            }

            // An attribute name: its first character may be '=', later ones end at '='.
            i++;
            while (i < limit && !IsTagNameEnd(text[i]) && text[i] != '=')
            {
                i++;
            }

            while (i < limit && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= limit || text[i] != '=')
            {
                continue;
            }

            i++;
            while (i < limit && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= limit)
            {
                break;
            }

            var quote = text[i];
            if (quote is '"' or '\'')
            {
                var close = IndexOf(text, quote, i + 1, limit);
                if (close < 0)
                {
                    break;
                }

                i = close + 1;
            }
            else
            {
                while (i < limit && !IsSpace(text[i]) && text[i] != '>')
                {
                    i++;
                }
            }
        }

        return new Markup(MarkupKind.Dropped, at, limit, nameStart, nameEnd, false, at, at);
    }

    private static Markup Comment(string text, int at, int limit)
    {
        var dataStart = at + 4;
        if (dataStart < limit && text[dataStart] == '>')
        {
            return new Markup(MarkupKind.Comment, at, dataStart + 1, at, at, false, dataStart, dataStart);
        }

        if (dataStart + 1 < limit && text[dataStart] == '-' && text[dataStart + 1] == '>')
        {
            return new Markup(MarkupKind.Comment, at, dataStart + 2, at, at, false, dataStart, dataStart);
        }

        var from = dataStart;
        while (from < limit)
        {
            var dashes = text.AsSpan(from, limit - from).IndexOf("--", StringComparison.Ordinal);
            if (dashes < 0)
            {
                break;
            }

            var at2 = from + dashes;
            if (at2 + 2 < limit && text[at2 + 2] == '>')
            {
                return new Markup(MarkupKind.Comment, at, at2 + 3, at, at, false, dataStart, at2);
            }

            if (at2 + 3 < limit && text[at2 + 2] == '!' && text[at2 + 3] == '>')
            {
                return new Markup(MarkupKind.Comment, at, at2 + 4, at, at, false, dataStart, at2);
            }

            from = at2 + 1;
        }

        return new Markup(MarkupKind.Comment, at, limit, at, at, false, Math.Min(dataStart, limit), limit);
    }

    private static Markup BogusComment(string text, int at, int dataStart, int limit)
    {
        var close = IndexOf(text, '>', dataStart, limit);
        return close < 0
            ? new Markup(MarkupKind.Comment, at, limit, at, at, false, Math.Min(dataStart, limit), limit)
            : new Markup(MarkupKind.Comment, at, close + 1, at, at, false, dataStart, close);
    }

    private static int IndexOf(string text, char c, int from, int limit)
    {
        if (from >= limit)
        {
            return -1;
        }

        var index = text.AsSpan(from, limit - from).IndexOf(c);
        return index < 0 ? -1 : from + index;
    }

    private static bool StartsWith(string text, int at, int limit, string value, bool ignoreCase)
    {
        return at + value.Length <= limit
            && text.AsSpan(at, value.Length).Equals(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsTagNameEnd(char c) => IsSpace(c) || c is '/' or '>';
}
