using System.Runtime.InteropServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HealthLint.Documents;

namespace HealthLint.Parsing.Html;

/// <summary>
/// Walks a parsed HTML tree in document order, with an explicit stack, and turns it into prose blocks, hidden
/// texts, anchors and metadata. Block-level elements end the current block; inline elements continue it.
/// Every text node is aligned with the source as it is met, so that each character keeps its source position.
/// </summary>
internal sealed class HtmlDomWalker
{
    private readonly HtmlSourceScan _scan;
    private readonly int _offset;
    private readonly ElementStarts _starts;
    private readonly DocumentBuilder _builder;
    private readonly HtmlTextAligner _aligner;
    private readonly HiddenSelectors? _hiddenSelectors;
    private readonly List<WalkFrame> _frames = [];
    private readonly List<OpenAnnotation> _annotations = [];
    private OpenBlock? _block;
    private MappedTextBuilder? _region;
    private HiddenReason _regionReason;
    private WalkMode _mode = WalkMode.Prose;
    private BlockKind? _kind;
    private BlockContext _context;
    private int _headingLevel;
    private int _lastElementStart = -1;
    private int _jsonLdCount;

    private HtmlDomWalker(HtmlSourceScan scan, int offset, ElementStarts starts, DocumentBuilder builder, HiddenSelectors? hiddenSelectors)
    {
        _hiddenSelectors = hiddenSelectors;
        _scan = scan;
        _offset = offset;
        _starts = starts;
        _builder = builder;
        _aligner = new HtmlTextAligner(scan);
    }

    /// <summary>
    /// Walks <paramref name="roots"/>, parsed from <c>scan.Text[scan.Start..scan.End)</c>, whose element positions
    /// (<paramref name="starts"/>) are relative to <paramref name="offset"/>, adding what it finds to <paramref name="builder"/>.
    /// Elements that <paramref name="hiddenSelectors"/>, the page's own style sheets, hide are hidden text.
    /// </summary>
    public static void Walk(INodeList roots, HtmlSourceScan scan, int offset, ElementStarts starts, DocumentBuilder builder, HiddenSelectors? hiddenSelectors = null)
    {
        var walker = new HtmlDomWalker(scan, offset, starts, builder, hiddenSelectors);
        if (scan.Blanked)
        {
            builder.AddNote(HtmlElementTraits.DepthNote);
        }

        walker.Run(roots);
    }

    private void Run(INodeList roots)
    {
        _frames.Add(new WalkFrame { Children = roots, Start = -1, AnchorStart = -1, SavedMode = _mode, SavedContext = _context });
        while (_frames.Count > 0)
        {
            ref var top = ref CollectionsMarshal.AsSpan(_frames)[^1];
            if (top.Next < top.Children.Length)
            {
                var child = top.Children[top.Next++];
                Visit(child, top.Depth + 1, top.AnchorStart);
                continue;
            }

            var frame = top;
            _frames.RemoveAt(_frames.Count - 1);
            Leave(frame);
        }

        FlushBlock();
    }

    private void Visit(INode node, int depth, int anchorStart)
    {
        switch (node)
        {
            case IText text:
                OnText(text.Data, anchorStart);
                break;
            case IComment comment:
                OnComment(comment.Data, anchorStart);
                break;
            case IElement element:
                Enter(element, depth, anchorStart);
                break;
            case IDocumentFragment or IDocument:
                _frames.Add(Frame(node.ChildNodes, depth, -1, anchorStart));
                break;
        }
    }

    private WalkFrame Frame(INodeList children, int depth, int start, int anchorStart) => new()
    {
        Children = children,
        Depth = depth,
        Start = start,
        AnchorStart = start >= 0 ? start : anchorStart,
        SavedMode = _mode,
        SavedKind = _kind,
        SavedContext = _context,
        SavedHeadingLevel = _headingLevel,
    };

    private void Enter(IElement element, int depth, int anchorStart)
    {
        var start = StartOf(element);
        if (start >= 0)
        {
            _lastElementStart = start;
        }

        var children = element is IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
        var frame = Frame(children, depth, start, anchorStart);
        if (_mode == WalkMode.Beyond)
        {
            _frames.Add(frame);
            return;
        }

        if (depth > HtmlElementTraits.MaxLintedDepth)
        {
            _builder.AddNote(HtmlElementTraits.DepthNote);
            _mode = WalkMode.Beyond;
            _frames.Add(frame);
            return;
        }

        var name = element.LocalName;
        var isHtml = element.NamespaceUri == NamespaceNames.HtmlUri;

        CollectAnchorsAndMetadata(element, name, isHtml);
        if (!isHtml)
        {
            // SVG and MathML content is dropped as a whole by its root; foreign elements elsewhere are inline.
            if (name is "svg" or "math")
            {
                _mode = _mode == WalkMode.Prose ? WalkMode.Discard : _mode;
            }

            _frames.Add(frame);
            return;
        }

        if (HtmlElementTraits.IsBlockLevel(name))
        {
            frame.IsBlock = true;
            BlockBoundary(start);
        }

        var exclusion = HtmlElementTraits.ExclusionOf(name, element, _hiddenSelectors);
        if (exclusion.Excluded)
        {
            ExcludeContent(exclusion.Reason, ref frame);
        }

        if (HtmlElementTraits.KindOf(name, out var headingLevel) is { } kind)
        {
            _kind = kind;
            _headingLevel = headingLevel;
        }

        _context |= HtmlElementTraits.ContextOf(name, element);
        if (name == "br")
        {
            LineBreak(start);
        }
        else if (_mode == WalkMode.Prose && name == "a" && element.GetAttribute("href") is { } href)
        {
            frame.Annotation = Open(AnnotationKind.Link, href.Trim());
        }
        else if (_mode == WalkMode.Prose && name == "cite")
        {
            frame.Annotation = Open(AnnotationKind.Cite, string.Empty);
        }

        _frames.Add(frame);
    }

    private void Leave(WalkFrame frame)
    {
        if (frame.Annotation is { } annotation)
        {
            Close(annotation);
        }

        if (frame.IsBlock && _mode != WalkMode.Beyond)
        {
            BlockBoundary(_aligner.Position);
        }

        if (frame.StartedRegion && _region is not null)
        {
            var (text, map) = _region.Build();
            _builder.AddHidden(new HiddenText(_regionReason, text, map));
            _region = null;
        }

        _mode = frame.SavedMode;
        _kind = frame.SavedKind;
        _context = frame.SavedContext;
        _headingLevel = frame.SavedHeadingLevel;
    }

    private void ExcludeContent(HiddenReason? reason, ref WalkFrame frame)
    {
        switch (_mode)
        {
            case WalkMode.Prose or WalkMode.Discard when reason is { } why:
                _mode = WalkMode.Hidden;
                _region = new MappedTextBuilder(_scan.Text);
                _regionReason = why;
                frame.StartedRegion = true;
                break;
            case WalkMode.Prose:
                _mode = WalkMode.Discard;
                break;
            case WalkMode.Hidden when reason is HiddenReason.Script or HiddenReason.Style or null:
                // Code and markup inside a hidden region is not text a reader could have been meant to see.
                _mode = WalkMode.Discard;
                break;
        }
    }

    private void CollectAnchorsAndMetadata(IElement element, string name, bool isHtml)
    {
        if (element.GetAttribute("id") is { } id)
        {
            _builder.AddAnchor(id);
        }

        if (!isHtml)
        {
            return;
        }

        switch (name)
        {
            case "a" when element.GetAttribute("name") is { } anchorName:
                _builder.AddAnchor(anchorName);
                break;
            case "title" when _mode != WalkMode.Beyond:
                _builder.AddMetadata("title", Collapse(element.TextContent));
                break;
            case "meta" when element.GetAttribute("content") is { } content:
                var (tagStart, tagEnd) = TagSpan(element);
                if (element.GetAttribute("name") is { } metaName && metaName.Trim().Length > 0)
                {
                    _builder.AddMetadata(metaName.Trim(), content, tagStart, tagEnd);
                }

                if (element.GetAttribute("property") is { } property && property.Trim().Length > 0)
                {
                    _builder.AddMetadata(property.Trim(), content, tagStart, tagEnd);
                }

                break;
            case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                _jsonLdCount++;
                _builder.AddMetadata(_jsonLdCount == 1 ? "jsonld" : $"jsonld#{_jsonLdCount}", element.TextContent);
                break;
        }
    }

    private void OnText(string data, int anchorStart)
    {
        MappedTextBuilder? target = null;
        switch (_mode)
        {
            case WalkMode.Prose:
                target = _block is not null || !IsWhitespace(data) ? EnsureBlock().Text : null;
                break;
            case WalkMode.Hidden:
                target = _region;
                break;
        }

        _aligner.Align(data, target, _lastElementStart, anchorStart);
    }

    private void OnComment(string data, int anchorStart)
    {
        if (_mode == WalkMode.Beyond)
        {
            _aligner.AlignComment(data, null, anchorStart);
            return;
        }

        var text = new MappedTextBuilder(_scan.Text);
        _aligner.AlignComment(data, text, anchorStart);
        var (value, map) = text.Build();
        _builder.AddHidden(new HiddenText(HiddenReason.Comment, value, map));
    }

    private void BlockBoundary(int at)
    {
        switch (_mode)
        {
            case WalkMode.Prose:
                FlushBlock();
                break;
            case WalkMode.Hidden:
                var position = Math.Clamp(at < 0 ? _aligner.Position : at, 0, _scan.Text.Length);
                _region?.AppendSpace(position, position);
                break;
        }
    }

    private void LineBreak(int start)
    {
        var (tagStart, tagEnd) = _aligner.StartTagSpan(start);
        switch (_mode)
        {
            case WalkMode.Prose:
                _block?.Text.AppendLineBreak(tagStart, tagEnd);
                break;
            case WalkMode.Hidden:
                _region?.AppendSpace(tagStart, tagEnd);
                break;
        }
    }

    private OpenBlock EnsureBlock()
    {
        if (_block is null)
        {
            _block = new OpenBlock(new MappedTextBuilder(_scan.Text), _kind ?? BlockKind.Paragraph, _context, _kind == BlockKind.Heading ? _headingLevel : 0);
            foreach (var annotation in _annotations)
            {
                annotation.Block ??= _block;
            }
        }

        return _block;
    }

    private void FlushBlock()
    {
        if (_block is null)
        {
            return;
        }

        foreach (var annotation in _annotations)
        {
            if (annotation.Block == _block)
            {
                _block.Mark(annotation.Kind, annotation.Start, _block.Text.Length, annotation.Target);
                annotation.Block = null;
                annotation.Start = 0;
            }
        }

        _builder.AddBlock(_block.Build());
        _block = null;
    }

    private OpenAnnotation Open(AnnotationKind kind, string target)
    {
        var annotation = new OpenAnnotation(kind, target) { Block = _block, Start = _block?.Text.Length ?? 0 };
        _annotations.Add(annotation);
        return annotation;
    }

    private void Close(OpenAnnotation annotation)
    {
        _annotations.Remove(annotation);
        if (annotation.Block is { } block && block == _block)
        {
            block.Mark(annotation.Kind, annotation.Start, block.Text.Length, annotation.Target);
        }
    }

    /// <summary>The source span of an element's start tag, or (-1, -1) when the parser made it up.</summary>
    private (int Start, int End) TagSpan(IElement element)
    {
        var start = StartOf(element);
        if (start < 0)
        {
            return (-1, -1);
        }

        var text = _scan.Text;
        var quote = '\0';
        for (var i = start + 1; i < _scan.End && i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (start, i + 1);
            }
        }

        return (-1, -1);
    }

    /// <summary>The element's start in the source, or -1 when the parser made it up.</summary>
    private int StartOf(IElement element)
    {
        var index = _starts.IndexOf(element);
        if (index < 0)
        {
            return -1;
        }

        var start = _offset + index;
        return start >= _scan.Start && start < _scan.End ? start : -1;
    }

    private static bool IsWhitespace(string data)
    {
        foreach (var c in data)
        {
            if (!HtmlMarkupReader.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
