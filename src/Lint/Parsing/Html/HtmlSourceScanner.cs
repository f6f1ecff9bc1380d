using System.Collections.Frozen;

namespace HealthLint.Parsing.Html;

/// <summary>
/// One forward pass over HTML source that finds where character data lies between the markup, and where
/// comments lie, so that the text nodes of the parsed DOM can be aligned with the source character by character.
/// It also guards the parser: the tree builder's cost grows with the depth of open elements, so markup nested
/// past <see cref="GuardDepth"/> open elements (far below anything the reader lints) is blanked out, keeping
/// offsets, before the parser sees it.
/// </summary>
internal sealed class HtmlSourceScanner
{
    /// <summary>Open elements counted by the guard before deeper markup is blanked.</summary>
    public const int GuardDepth = 480;

    // How far down the stack of open elements an end tag looks for its start tag; misnested markup deeper than that is left alone.
    private const int EndTagSearch = 64;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Uncounted = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        // Void elements never hold content.
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
        // Elements whose end tag may be left out: the next sibling closes them, so they do not nest.
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td", "th",
        "thead", "tbody", "tfoot", "colgroup", "caption",
        // Raw text elements: their end tag is found by the scan itself.
        "script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea", "plaintext").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosesSameName = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "nobr", "button", "form").GetAlternateLookup<ReadOnlySpan<char>>();

    // HTML start tags that end SVG or MathML content.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignBreakout = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _source;
    private readonly int _start;
    private readonly int _end;
    private readonly List<TextRun> _runs = [];
    private readonly List<CommentSpan> _comments = [];
    private readonly List<(int Start, int End)> _blanked = [];
    private int[] _open = new int[64];
    private int _depth;
    private int _foreign;
    private int _blankStart = -1;
    private int _suppressed;

    private HtmlSourceScanner(string source, int start, int end)
    {
        _source = source;
        _start = start;
        _end = end;
    }

    /// <summary>Scans <c>source[start..end)</c>; offsets in the result are offsets into <paramref name="source"/>.</summary>
    public static HtmlSourceScan Scan(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        start = Math.Clamp(start, 0, source.Length);
        end = Math.Clamp(end, start, source.Length);
        var scanner = new HtmlSourceScanner(source, start, end);
        scanner.Run();
        return new HtmlSourceScan(scanner.BlankedText(), start, end, [.. scanner._runs], [.. scanner._comments], scanner._blanked.Count > 0);
    }

    private bool Blanking => _blankStart >= 0;

    private void Run()
    {
        var i = _start;
        var textStart = i;
        while (i < _end)
        {
            var lt = _source.AsSpan(i, _end - i).IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt;
            var markup = HtmlMarkupReader.Read(_source, i, _end, _foreign > 0);
            if (markup.Kind == MarkupKind.None)
            {
                i++;
                continue;
            }

            AddRun(textStart, i, TextRunKind.Data);
            i = markup.End;
            switch (markup.Kind)
            {
                case MarkupKind.Comment when !Blanking:
                    _comments.Add(new CommentSpan(markup.DataStart, markup.DataEnd));
                    break;
                case MarkupKind.CData:
                    AddRun(markup.DataStart, markup.DataEnd, TextRunKind.CData);
                    break;
                case MarkupKind.StartTag:
                    i = StartTag(markup);
                    break;
                case MarkupKind.EndTag:
                    EndTag(markup);
                    break;
            }

            textStart = i;
        }

        if (Blanking)
        {
            EndBlank(_end);
        }
        else
        {
            AddRun(textStart, _end, TextRunKind.Data);
        }
    }

    /// <summary>Handles a start tag and, for a raw text element, its content; returns where scanning goes on.</summary>
    private int StartTag(Markup markup)
    {
        var name = _source.AsSpan(markup.NameStart, markup.NameEnd - markup.NameStart);
        var after = markup.End;
        if (_foreign > 0 && ForeignBreakout.Contains(name))
        {
            _foreign = 0;
        }

        if (_foreign == 0)
        {
            var rawKind = RawKindOf(name);
            if (rawKind is { } kind)
            {
                var contentEnd = name.Equals("plaintext", StringComparison.OrdinalIgnoreCase) ? _end : RawTextEnd(after, name);
                AddRun(after, contentEnd, kind);
                return contentEnd;
            }
        }

        if (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase))
        {
            if (!markup.SelfClosing)
            {
                _foreign++;
            }
        }

        if (Uncounted.Contains(name) || (markup.SelfClosing && _foreign > 0))
        {
            return after;
        }

        var hash = NameHash(name);
        if (Blanking)
        {
            _suppressed++;
            return after;
        }

        if (ClosesSameName.Contains(name))
        {
            var index = FindOpen(hash);
            if (index >= 0)
            {
                _depth = index;
            }
        }

        if (_depth >= GuardDepth)
        {
            _blankStart = markup.Start;
            _suppressed = 1;
            return after;
        }

        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }

        _open[_depth++] = hash;
        return after;
    }

    private void EndTag(Markup markup)
    {
        var name = _source.AsSpan(markup.NameStart, markup.NameEnd - markup.NameStart);
        if (_foreign > 0 && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase)))
        {
            _foreign--;
        }

        if (Uncounted.Contains(name))
        {
            return;
        }

        if (Blanking)
        {
            if (--_suppressed == 0)
            {
                EndBlank(markup.End);
            }

            return;
        }

        var index = FindOpen(NameHash(name));
        if (index >= 0)
        {
            _depth = index;
        }
    }

    private void EndBlank(int end)
    {
        var start = _blankStart;
        _blankStart = -1;
        _suppressed = 0;
        if (end > start)
        {
            _blanked.Add((start, end));
            AddRun(start, end, TextRunKind.Data);
        }
    }

    private int FindOpen(int hash)
    {
        var stop = Math.Max(0, _depth - EndTagSearch);
        for (var i = _depth - 1; i >= stop; i--)
        {
            if (_open[i] == hash)
            {
                return i;
            }
        }

        return -1;
    }

    private int RawTextEnd(int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while (i < _end)
        {
            var close = _source.AsSpan(i, _end - i).IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return _end;
            }

            var at = i + close;
            var nameAt = at + 2;
            var after = nameAt + name.Length;
            if (after < _end
                && _source.AsSpan(nameAt, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (HtmlMarkupReader.IsSpace(_source[after]) || _source[after] is '/' or '>'))
            {
                return at;
            }

            i = at + 2;
        }

        return _end;
    }

    private static TextRunKind? RawKindOf(ReadOnlySpan<char> name)
    {
        if (name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.Equals("textarea", StringComparison.OrdinalIgnoreCase))
        {
            return TextRunKind.RcData;
        }

        if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
            || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("iframe", StringComparison.OrdinalIgnoreCase)
            || name.Equals("noembed", StringComparison.OrdinalIgnoreCase) || name.Equals("noframes", StringComparison.OrdinalIgnoreCase)
            || name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
        {
            return TextRunKind.RawText;
        }

        return null;
    }

    private static int NameHash(ReadOnlySpan<char> name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return (int)hash;
    }

    private void AddRun(int start, int end, TextRunKind kind)
    {
        if (end > start && !Blanking)
        {
            _runs.Add(new TextRun(start, end, kind));
        }
    }

    private string BlankedText()
    {
        if (_blanked.Count == 0)
        {
            return _source;
        }

        return string.Create(_source.Length, (_source, _blanked), static (span, state) =>
        {
            state._source.AsSpan().CopyTo(span);
            foreach (var (start, end) in state._blanked)
            {
                span[start..end].Fill(' ');
            }
        });
    }
}
