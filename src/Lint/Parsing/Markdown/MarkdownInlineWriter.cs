using System.Net;
using HealthLint.Documents;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Writes the inlines of Markdown leaf blocks into a <see cref="MappedTextBuilder"/>, taking every position from
/// Markdig's precise spans, and collects the links, citation markers and hidden text met on the way. One instance
/// serves a whole document, one block (or table cell) at a time: <see cref="Write"/> any number of times, then
/// <see cref="Finish"/>.
/// </summary>
internal sealed class MarkdownInlineWriter
{
    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    private static readonly HashSet<string> BlockLevelElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "img", "video", "audio", "iframe", "object", "embed", "canvas", "svg", "input", "select", "button", "textarea",
    };

    private readonly string _source;
    private readonly DocumentBuilder _builder;
    private readonly Stack<Frame> _stack = new();
    private readonly List<InlineLink> _links = [];
    private readonly List<PendingMarker> _markers = [];
    private readonly List<(int Start, string? Target)> _openAnchors = [];
    private readonly List<int> _openCites = [];
    private readonly HtmlHidingTracker _hiding = new();
    private MappedTextBuilder? _hidden;
    private int _shift;
    private int _leafStart;
    private int _leafEnd;

    public MarkdownInlineWriter(string source, DocumentBuilder builder)
    {
        _source = source;
        _builder = builder;
    }

    /// <summary>The offset in the whole source of the text Markdig parsed; its spans are relative to it.</summary>
    public int Base { get; set; }

    /// <summary>
    /// Appends the inlines under <paramref name="root"/> to <paramref name="text"/>. An inline without a usable span
    /// is mapped to the leaf block's whole source range [<paramref name="leafStart"/>, <paramref name="leafEnd"/>).
    /// <paramref name="shift"/> corrects spans that Markdig is known to place off by a constant.
    /// </summary>
    public void Write(ContainerInline root, MappedTextBuilder text, int leafStart, int leafEnd, int shift = 0)
    {
        _leafStart = Math.Clamp(leafStart, 0, _source.Length);
        _leafEnd = Math.Clamp(leafEnd, _leafStart, _source.Length);
        _shift = shift;
        _stack.Clear();
        PushChildren(root);
        while (_stack.TryPop(out var frame))
        {
            if (frame.IsExit)
            {
                if (frame.LinkStart >= 0)
                {
                    var target = frame.Node is LinkInline link ? link.Url ?? string.Empty : string.Empty;
                    _links.Add(new InlineLink(frame.LinkStart, text.Length, target, InlineLink.Classify(target)));
                }

                continue;
            }

            Visit(frame.Node, text);
        }
    }

    /// <summary>
    /// Ends the block whose text is <paramref name="text"/>: closes what inline HTML left open and returns the links and
    /// markers with their ranges kept inside the text. The collected state is cleared for the next block.
    /// </summary>
    public (IReadOnlyList<InlineLink> Links, IReadOnlyList<CitationMarker> Markers) Finish(string text)
    {
        FlushHidden();
        _hiding.Reset();
        for (var i = 0; i < _openAnchors.Count; i++)
        {
            var (start, target) = _openAnchors[i];
            if (target is not null)
            {
                _links.Add(new InlineLink(start, text.Length, target, InlineLink.Classify(target)));
            }
        }

        for (var i = 0; i < _openCites.Count; i++)
        {
            _markers.Add(new PendingMarker(_openCites[i], text.Length, MarkerKind.Cite, null));
        }

        IReadOnlyList<InlineLink> links = [];
        if (_links.Count > 0)
        {
            var array = new InlineLink[_links.Count];
            for (var i = 0; i < array.Length; i++)
            {
                var link = _links[i];
                var start = Math.Min(link.Start, text.Length);
                var end = Math.Clamp(link.End, start, text.Length);
                array[i] = start == link.Start && end == link.End ? link : link with { Start = start, End = end };
            }

            links = array;
        }

        IReadOnlyList<CitationMarker> markers = [];
        if (_markers.Count > 0)
        {
            var array = new CitationMarker[_markers.Count];
            for (var i = 0; i < array.Length; i++)
            {
                var marker = _markers[i];
                var start = Math.Min(marker.Start, text.Length);
                var end = Math.Clamp(marker.End, start, text.Length);
                var label = marker.Label ?? text[start..end].Trim();
                array[i] = new CitationMarker(start, end, marker.Kind, label);
            }

            Array.Sort(array, static (a, b) => a.Start.CompareTo(b.Start));
            markers = array;
        }

        _links.Clear();
        _markers.Clear();
        _openAnchors.Clear();
        _openCites.Clear();
        return (links, markers);
    }

    private static string[] CreateAsciiStrings()
    {
        var strings = new string[128];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = ((char)i).ToString();
        }

        return strings;
    }

    private static string CharString(char c) => c < 128 ? AsciiStrings[c] : c.ToString();

    /// <summary>The characters a backslash escapes in CommonMark.</summary>
    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private void PushChildren(ContainerInline container)
    {
        // Children are pushed last first so that they pop in reading order; the list is walked backwards without allocating.
        var child = container.LastChild;
        while (child is not null)
        {
            _stack.Push(new Frame(child, -1, false));
            child = child.PreviousSibling;
        }
    }

    private void Visit(Inline node, MappedTextBuilder text)
    {
        var target = _hidden ?? text;
        switch (node)
        {
            case LiteralInline literal:
                AppendLiteral(target, literal.Content, literal.Span);
                break;
            case HtmlEntityInline entity:
                AppendEntity(target, entity);
                break;
            case LineBreakInline lineBreak:
                AppendLineBreak(target, lineBreak);
                break;
            case CodeInline:
                // Code is not prose, but the words on either side of it stay apart.
                AppendBoundary(target, node.Span);
                break;
            case AutolinkInline autolink:
                AppendAutolink(target, autolink);
                break;
            case FootnoteLink footnote:
                AppendFootnoteReference(target, footnote);
                break;
            case TaskList:
                break;
            case HtmlInline html:
                AppendHtml(text, html);
                break;
            case LinkInline { IsImage: true }:
                // Alt text is not prose.
                AppendBoundary(target, node.Span);
                break;
            case LinkDelimiterInline opener:
                // An opening bracket that no closing bracket matched is text, and so is what follows it.
                if (TryGetRange(opener.Span, out var start, out var end))
                {
                    target.AppendSource(start, end);
                }

                PushChildren(opener);
                break;
            case LinkInline link:
                _stack.Push(new Frame(link, _hidden is null ? target.Length : -1, true));
                PushChildren(link);
                break;
            case ContainerInline container:
                PushChildren(container);
                break;
        }
    }

    private bool TryGetRange(SourceSpan span, out int start, out int end)
    {
        start = Base + _shift + span.Start;
        end = start + span.Length;
        if (span.Start < 0 || span.End < span.Start || start < Base || end > _source.Length)
        {
            start = _leafStart;
            end = _leafEnd;
            return false;
        }

        return true;
    }

    private void AppendBoundary(MappedTextBuilder target, SourceSpan span)
    {
        TryGetRange(span, out var start, out var end);
        target.AppendSpace(start, end);
    }

    /// <summary>
    /// Appends a literal's content, mapping each character to the source character it came from. Markdig drops the
    /// backslash of an escape, trims the padding of table cells and replaces NUL, so the content is aligned with its
    /// span: equal characters map one to one, an escaped character maps to its escape, a replaced character maps to
    /// the character it replaced, and anything left over maps to the whole span.
    /// </summary>
    private void AppendLiteral(MappedTextBuilder target, StringSlice content, SourceSpan span)
    {
        var length = content.Length;
        if (length <= 0)
        {
            return;
        }

        var text = content.Text;
        if (!TryGetRange(span, out var sourceStart, out var sourceEnd))
        {
            target.AppendMapped(content.ToString(), sourceStart, sourceEnd);
            return;
        }

        var i = content.Start;
        var contentEnd = content.Start + length;
        if (sourceEnd - sourceStart == length && string.CompareOrdinal(text, i, _source, sourceStart, length) == 0)
        {
            target.AppendSource(sourceStart, sourceEnd);
            return;
        }

        var j = sourceStart;
        var runStart = -1;
        while (i < contentEnd)
        {
            if (j >= sourceEnd)
            {
                if (runStart >= 0)
                {
                    target.AppendSource(runStart, j);
                    runStart = -1;
                }

                target.AppendMapped(text.Substring(i, contentEnd - i), sourceStart, sourceEnd);
                return;
            }

            var c = text[i];
            var s = _source[j];
            var escaped = s == '\\' && j + 1 < sourceEnd && _source[j + 1] == c && IsAsciiPunctuation(c);
            if (c == s && !escaped)
            {
                if (runStart < 0)
                {
                    runStart = j;
                }

                i++;
                j++;
                continue;
            }

            if (runStart >= 0)
            {
                target.AppendSource(runStart, j);
                runStart = -1;
            }

            if (escaped)
            {
                target.AppendMapped(CharString(c), j, j + 2);
                i++;
                j += 2;
            }
            else if (s is ' ' or '\t' or '\r' or '\n')
            {
                j++;
            }
            else
            {
                target.AppendMapped(CharString(c), j, j + 1);
                i++;
                j++;
            }
        }

        if (runStart >= 0)
        {
            target.AppendSource(runStart, j);
        }
    }

    private void AppendEntity(MappedTextBuilder target, HtmlEntityInline entity)
    {
        TryGetRange(entity.Span, out var start, out var end);
        var transcoded = entity.Transcoded;
        if (transcoded.Length > 0)
        {
            target.AppendMapped(transcoded.ToString(), start, end);
        }
    }

    private void AppendLineBreak(MappedTextBuilder target, LineBreakInline lineBreak)
    {
        TryGetRange(lineBreak.Span, out var start, out var end);
        if (end < _source.Length && end > 0 && _source[end - 1] == '\r' && _source[end] == '\n')
        {
            end++;
        }

        if (lineBreak.IsHard && _hidden is null)
        {
            target.AppendLineBreak(start, end);
        }
        else
        {
            target.AppendSpace(start, end);
        }
    }

    private void AppendAutolink(MappedTextBuilder target, AutolinkInline autolink)
    {
        var url = autolink.Url ?? string.Empty;
        var linkStart = target.Length;
        if (TryGetRange(autolink.Span, out var start, out var end)
            && end - start >= 2 && _source[start] == '<' && _source[end - 1] == '>')
        {
            target.AppendSource(start + 1, end - 1);
        }
        else
        {
            target.AppendMapped(url, start, end);
        }

        if (_hidden is null)
        {
            var href = autolink.IsEmail && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + url : url;
            _links.Add(new InlineLink(linkStart, target.Length, href, InlineLink.Classify(href)));
        }
    }

    private void AppendFootnoteReference(MappedTextBuilder target, FootnoteLink footnote)
    {
        if (footnote.IsBackLink)
        {
            return;
        }

        if (_hidden is null)
        {
            var at = target.Length;
            var label = footnote.Footnote?.Label ?? string.Empty;
            _markers.Add(new PendingMarker(at, at, MarkerKind.FootnoteReference, label.TrimStart('^')));
        }

        AppendBoundary(target, footnote.Span);
    }

    private void AppendHtml(MappedTextBuilder text, HtmlInline html)
    {
        var raw = html.Tag ?? string.Empty;
        var known = TryGetRange(html.Span, out var start, out var end) && end - start == raw.Length;
        if (raw.StartsWith("<!--", StringComparison.Ordinal))
        {
            if (_hidden is null && known)
            {
                var close = HtmlTagScanner.CommentClose(_source, start, end);
                var comment = new MappedTextBuilder(_source);
                comment.AppendSource(start + 4, close < 0 ? end : close);
                var (value, map) = comment.Build();
                _builder.AddHidden(new HiddenText(HiddenReason.Comment, value, map));
            }

            return;
        }

        if (!HtmlTagScanner.TryRead(raw, 0, raw.Length, out var tag) || tag is null)
        {
            return;
        }

        if (_hidden is not null)
        {
            if (_hiding.Observe(tag))
            {
                FlushHidden();
            }

            return;
        }

        if (!tag.IsEnd)
        {
            var id = tag.Attribute("id") ?? (tag.Name == "a" ? tag.Attribute("name") : null);
            if (id is not null)
            {
                _builder.AddAnchor(WebUtility.HtmlDecode(id));
            }
        }

        if (_hiding.Observe(tag))
        {
            _hidden = new MappedTextBuilder(_source);
            return;
        }

        switch (tag.Name)
        {
            case "br":
                text.AppendLineBreak(start, end);
                return;
            case "cite" when tag.IsEnd:
                if (_openCites.Count > 0)
                {
                    _markers.Add(new PendingMarker(_openCites[^1], text.Length, MarkerKind.Cite, null));
                    _openCites.RemoveAt(_openCites.Count - 1);
                }

                return;
            case "cite":
                if (!tag.IsVoid)
                {
                    _openCites.Add(text.Length);
                }

                return;
            case "a" when tag.IsEnd:
                if (_openAnchors.Count > 0)
                {
                    var (linkStart, target) = _openAnchors[^1];
                    _openAnchors.RemoveAt(_openAnchors.Count - 1);
                    if (target is not null)
                    {
                        _links.Add(new InlineLink(linkStart, text.Length, target, InlineLink.Classify(target)));
                    }
                }

                return;
            case "a":
                if (!tag.IsVoid)
                {
                    var href = tag.Attribute("href");
                    _openAnchors.Add((text.Length, href is null ? null : WebUtility.HtmlDecode(href).Trim()));
                }

                return;
        }

        if (BlockLevelElements.Contains(tag.Name))
        {
            text.AppendSpace(start, end);
        }
    }

    private void FlushHidden()
    {
        if (_hidden is null)
        {
            return;
        }

        var reason = _hiding.Reason;
        var (value, map) = _hidden.Build();
        _hidden = null;
        _builder.AddHidden(new HiddenText(reason, value, map));
    }

    private readonly record struct Frame(Inline Node, int LinkStart, bool IsExit);

    private readonly record struct PendingMarker(int Start, int End, MarkerKind Kind, string? Label);
}
