namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Reads single HTML tags and comments out of Markdown source: enough to follow inline HTML and to see where
/// an HTML block opens or closes an element that hides its content. It never throws and always advances.
/// </summary>
internal static class HtmlTagScanner
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title",
    };

    public static bool IsVoidElement(string name) => VoidElements.Contains(name);

    /// <summary>Whether the content of <paramref name="name"/> is raw text that holds no tags (script, style).</summary>
    public static bool IsRawTextElement(string name) => RawTextElements.Contains(name);

    /// <summary>Whether <paramref name="text"/> has <c>&lt;!--</c> at <paramref name="start"/>.</summary>
    public static bool IsCommentStart(string text, int start, int end)
        => start + 4 <= end && text[start] == '<' && text[start + 1] == '!' && text[start + 2] == '-' && text[start + 3] == '-';

    /// <summary>The offset just after the <c>--&gt;</c> that closes the comment opened at <paramref name="start"/>, or <paramref name="end"/> when it is not closed.</summary>
    public static int CommentEnd(string text, int start, int end)
    {
        var close = CommentClose(text, start, end);
        return close < 0 ? end : close + 3;
    }

    /// <summary>The offset of the <c>--&gt;</c> that closes the comment opened at <paramref name="start"/>, or -1.</summary>
    public static int CommentClose(string text, int start, int end)
    {
        var from = start + 4;
        if (from > end)
        {
            return -1;
        }

        // "<!-->" and "<!--->" are complete (empty) comments in HTML.
        if (from < end && text[from] == '>')
        {
            return from - 2;
        }

        if (from + 1 < end && text[from] == '-' && text[from + 1] == '>')
        {
            return from - 1;
        }

        var index = text.IndexOf("-->", from, end - from, StringComparison.Ordinal);
        return index;
    }

    /// <summary>The offset of the end tag <c>&lt;/name</c> at or after <paramref name="start"/>, or <paramref name="end"/>.</summary>
    public static int FindEndTag(string text, int start, int end, string name)
    {
        var at = start;
        while (at < end)
        {
            var index = text.IndexOf("</", at, end - at, StringComparison.Ordinal);
            if (index < 0 || index + 2 + name.Length > end)
            {
                return end;
            }

            if (string.Compare(text, index + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var after = index + 2 + name.Length;
                if (after == end || !IsNameChar(text[after]))
                {
                    return index;
                }
            }

            at = index + 2;
        }

        return end;
    }

    /// <summary>A tag longer than this is not taken for one, so that text full of stray '&lt;' stays linear to scan.</summary>
    private const int MaxTagLength = 8192;

    /// <summary>Reads the start or end tag that begins at <paramref name="start"/> (which holds '&lt;') and ends before <paramref name="end"/>.</summary>
    public static bool TryRead(string text, int start, int end, out HtmlTag? tag)
    {
        tag = null;
        end = Math.Min(end, start + MaxTagLength);
        if (start < 0 || start + 2 > end || end > text.Length || text[start] != '<')
        {
            return false;
        }

        var at = start + 1;
        var isEnd = false;
        if (text[at] == '/')
        {
            isEnd = true;
            at++;
        }

        if (at >= end || !char.IsAsciiLetter(text[at]))
        {
            return false;
        }

        var nameStart = at;
        while (at < end && IsNameChar(text[at]))
        {
            at++;
        }

        var name = text.Substring(nameStart, at - nameStart).ToLowerInvariant();
        var attributes = new List<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (at < end)
        {
            var c = text[at];
            if (c == '>')
            {
                tag = new HtmlTag(name, isEnd, selfClosing, start, at + 1, attributes);
                return true;
            }

            if (c == '<')
            {
                return false;
            }

            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }

            if (c == '/')
            {
                selfClosing = true;
                at++;
                continue;
            }

            selfClosing = false;
            var attributeStart = at;
            while (at < end && !char.IsWhiteSpace(text[at]) && text[at] is not ('>' or '/' or '=' or '<'))
            {
                at++;
            }

            if (at == attributeStart)
            {
                // A stray '=' with no name before it.
                at++;
                continue;
            }

            var attributeName = text.Substring(attributeStart, at - attributeStart).ToLowerInvariant();
            var value = string.Empty;
            var afterName = SkipWhiteSpace(text, at, end);
            if (afterName < end && text[afterName] == '=')
            {
                at = SkipWhiteSpace(text, afterName + 1, end);
                if (at < end && text[at] is '"' or '\'')
                {
                    var quote = text[at];
                    var close = text.IndexOf(quote, at + 1, end - at - 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    value = text.Substring(at + 1, close - at - 1);
                    at = close + 1;
                }
                else
                {
                    var valueStart = at;
                    while (at < end && !char.IsWhiteSpace(text[at]) && text[at] != '>')
                    {
                        at++;
                    }

                    value = text.Substring(valueStart, at - valueStart);
                }
            }

            attributes.Add(new KeyValuePair<string, string>(attributeName, value));
        }

        return false;
    }

    private static int SkipWhiteSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_' or '.';
}
