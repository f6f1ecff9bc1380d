using HealthLint.Documents;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Walks a Markdig syntax tree in reading order with an explicit stack and hands what it finds to a
/// <see cref="DocumentBuilder"/>: prose blocks with their kind and context, hidden text, anchors and metadata.
/// </summary>
internal sealed class MarkdownBlockWalker
{
    /// <summary>Containers nested deeper than this are not descended into.</summary>
    public const int MaxNestingDepth = 256;

    private readonly string _source;
    private readonly DocumentBuilder _builder;
    private readonly MarkdownInlineWriter _inlines;
    private readonly HtmlHidingTracker _hiddenHtml = new();
    private readonly Stack<Frame> _stack = new();
    private int _base;

    public MarkdownBlockWalker(string source, DocumentBuilder builder)
    {
        _source = source;
        _builder = builder;
        _inlines = new MarkdownInlineWriter(source, builder);
    }

    /// <summary>Walks <paramref name="document"/>, which Markdig parsed from the source text starting at <paramref name="baseOffset"/>.</summary>
    public void Walk(MarkdownDocument document, int baseOffset = 0)
    {
        _base = baseOffset;
        _inlines.Base = baseOffset;
        _stack.Clear();
        PushChildren(document, BlockContext.None, BlockKind.Paragraph, 0);
        while (_stack.TryPop(out var frame))
        {
            Visit(frame);
        }
    }

    /// <summary>Notes an element that hides its content and was still open when the file ended.</summary>
    public void Finish()
    {
        if (_hiddenHtml.IsHiding)
        {
            var line = new LineIndex(_source).Position(_hiddenHtml.OpenedAt).Line;
            _builder.AddNote($"An HTML element that hides its content opens on line {line} and is never closed; the rest of the file was read as hidden.");
        }
    }

    private void Visit(Frame frame)
    {
        var context = frame.Context;
        switch (frame.Block)
        {
            case YamlFrontMatterBlock frontMatter:
                if (TryGetRange(frontMatter.Span, out var start, out var end))
                {
                    FrontMatterReader.Read(_source, start, end, _builder);
                }

                break;
            case HeadingBlock heading:
                EmitLeaf(heading, BlockKind.Heading, context, Math.Clamp(heading.Level, 1, 6));
                break;
            case HtmlBlock html:
                if (TryGetRange(html.Span, out start, out end))
                {
                    ReadHtmlBlock(start, end);
                }

                break;
            case CodeBlock:
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
            case LinkReferenceDefinition:
                break;
            case Table table:
                PushChildren(table, context | BlockContext.Table, BlockKind.TableCell, frame.Depth);
                break;
            case TableRow row:
                PushChildren(row, row.IsHeader ? context | BlockContext.TableHeader : context, BlockKind.TableCell, frame.Depth);
                break;
            case TableCell cell:
                EmitCell(cell, context | BlockContext.Table);
                break;
            case QuoteBlock quote:
                PushChildren(quote, context | BlockContext.Quote, BlockKind.Quote, frame.Depth);
                break;
            case ListBlock list:
                PushChildren(list, context | BlockContext.List, frame.ParagraphKind, frame.Depth);
                break;
            case ListItemBlock item:
                PushChildren(item, context | BlockContext.List, BlockKind.ListItem, frame.Depth);
                break;
            case Footnote footnote:
                if (footnote.Label is { } label)
                {
                    _builder.AddAnchor(label.TrimStart('^'));
                }

                PushChildren(footnote, context | BlockContext.Footnote, BlockKind.Paragraph, frame.Depth);
                break;
            case ContainerBlock container:
                PushChildren(container, context, frame.ParagraphKind, frame.Depth);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                EmitLeaf(leaf, frame.ParagraphKind, context, 0);
                break;
        }
    }

    private void PushChildren(ContainerBlock container, BlockContext context, BlockKind paragraphKind, int depth)
    {
        if (container.Count == 0)
        {
            return;
        }

        if (depth >= MaxNestingDepth)
        {
            _builder.AddNote($"Markdown nesting deeper than {MaxNestingDepth} levels was not linted.");
            return;
        }

        for (var i = container.Count - 1; i >= 0; i--)
        {
            _stack.Push(new Frame(container[i], context, paragraphKind, depth + 1));
        }
    }

    private bool TryGetRange(SourceSpan span, out int start, out int end)
    {
        start = _base + span.Start;
        end = _base + span.End + 1;
        if (span.Start < 0 || span.End < span.Start || end > _source.Length)
        {
            start = end = 0;
            return false;
        }

        return true;
    }

    /// <summary>The source range of a leaf block; the whole source when Markdig gave it no span.</summary>
    private (int Start, int End) RangeOf(Block block)
        => TryGetRange(block.Span, out var start, out var end) ? (start, end) : (0, _source.Length);

    private void EmitLeaf(LeafBlock leaf, BlockKind kind, BlockContext context, int headingLevel)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        var (start, end) = RangeOf(leaf);
        var shift = leaf is HeadingBlock { IsSetext: false } ? AtxHeadingShift(leaf.Inline, start, end) : 0;
        var text = new MappedTextBuilder(_source);
        _inlines.Write(leaf.Inline, text, start, end, shift);
        Emit(text, kind, context, headingLevel);
    }

    /// <summary>
    /// Markdig places the inlines of an ATX heading whose marker is followed by a tab at the wrong offsets, all by the
    /// same amount. The heading's text starts after its marker and the blanks after it; the difference is the correction.
    /// </summary>
    private int AtxHeadingShift(ContainerInline inline, int start, int end)
    {
        if (_source.IndexOf('\t', start, end - start) < 0)
        {
            return 0;
        }

        if (inline.FirstChild is null || inline.Span.Start < 0)
        {
            return 0;
        }

        var content = start;
        while (content < end && _source[content] == ' ')
        {
            content++;
        }

        while (content < end && _source[content] == '#')
        {
            content++;
        }

        while (content < end && _source[content] is ' ' or '\t')
        {
            content++;
        }

        var shift = content - (_base + inline.Span.Start);
        return content < end ? shift : 0;
    }

    private void EmitCell(TableCell cell, BlockContext context)
    {
        var text = new MappedTextBuilder(_source);
        for (var i = 0; i < cell.Count; i++)
        {
            if (cell[i] is LeafBlock { Inline: { } inline } leaf)
            {
                var (start, end) = RangeOf(leaf);
                if (i > 0)
                {
                    text.AppendSpace(start, start);
                }

                _inlines.Write(inline, text, start, end);
            }
        }

        Emit(text, BlockKind.TableCell, context, 0);
    }

    private void Emit(MappedTextBuilder text, BlockKind kind, BlockContext context, int headingLevel)
    {
        var (value, map) = text.Build();
        var (links, markers) = _inlines.Finish(value);
        if (_hiddenHtml.IsHiding)
        {
            _builder.AddHidden(new HiddenText(_hiddenHtml.Reason, value, map));
            return;
        }

        _builder.AddBlock(new ProseBlock(kind, context, value, map)
        {
            HeadingLevel = headingLevel,
            Links = links,
            Markers = markers,
        });
    }

    /// <summary>
    /// Reads a raw HTML block. Visible HTML goes to the HTML reader; an element that hides its content and stays open
    /// at the end of the block hides the Markdown blocks after it until a later HTML block closes it.
    /// </summary>
    private void ReadHtmlBlock(int start, int end)
    {
        var hidden = _hiddenHtml.IsHiding ? new MappedTextBuilder(_source) : null;
        var visibleStart = hidden is null ? start : -1;
        var at = start;
        while (at < end)
        {
            var open = _source.IndexOf('<', at, end - at);
            if (open < 0)
            {
                hidden?.AppendSource(at, end);
                break;
            }

            hidden?.AppendSource(at, open);
            if (HtmlTagScanner.IsCommentStart(_source, open, end))
            {
                at = HtmlTagScanner.CommentEnd(_source, open, end);
                continue;
            }

            if (!HtmlTagScanner.TryRead(_source, open, end, out var tag) || tag is null)
            {
                hidden?.AppendSource(open, open + 1);
                at = open + 1;
                continue;
            }

            var changed = _hiddenHtml.Observe(tag);
            at = tag.End;
            if (!tag.IsEnd && !tag.IsVoid && HtmlTagScanner.IsRawTextElement(tag.Name))
            {
                var close = HtmlTagScanner.FindEndTag(_source, at, end, tag.Name);
                hidden?.AppendSource(at, close);
                at = close;
            }

            if (hidden is not null && changed && !_hiddenHtml.IsHiding)
            {
                AddHidden(hidden, _hiddenHtml.Reason);
                hidden = null;
                visibleStart = at;
            }
        }

        if (hidden is not null)
        {
            AddHidden(hidden, _hiddenHtml.Reason);
        }

        if (visibleStart >= 0 && visibleStart < end)
        {
            ReadVisibleHtml(visibleStart, end);
        }
    }

    private void AddHidden(MappedTextBuilder text, HiddenReason reason)
    {
        var (value, map) = text.Build();
        _builder.AddHidden(new HiddenText(reason, value, map));
    }

    /// <summary>HTML made only of comments is recorded here; anything else is the HTML reader's.</summary>
    private void ReadVisibleHtml(int start, int end)
    {
        var at = start;
        var onlyComments = true;
        var hasContent = false;
        while (at < end)
        {
            var c = _source[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }

            hasContent = true;
            if (!HtmlTagScanner.IsCommentStart(_source, at, end))
            {
                onlyComments = false;
                break;
            }

            at = HtmlTagScanner.CommentEnd(_source, at, end);
        }

        if (!hasContent)
        {
            return;
        }

        if (!onlyComments)
        {
            HtmlReader.ReadFragment(_source, start, end, _builder);
            return;
        }

        at = start;
        while (at < end)
        {
            if (!HtmlTagScanner.IsCommentStart(_source, at, end))
            {
                at++;
                continue;
            }

            var close = HtmlTagScanner.CommentClose(_source, at, end);
            var text = new MappedTextBuilder(_source);
            text.AppendSource(at + 4, close < 0 ? end : close);
            AddHidden(text, HiddenReason.Comment);
            at = close < 0 ? end : close + 3;
        }
    }

    private readonly record struct Frame(Block Block, BlockContext Context, BlockKind ParagraphKind, int Depth);
}
