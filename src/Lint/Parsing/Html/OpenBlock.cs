using HealthLint.Documents;

namespace HealthLint.Parsing.Html;

/// <summary>The prose block being read: its text so far and the links and citations marked in it.</summary>
internal sealed class OpenBlock
{
    private readonly List<(AnnotationKind Kind, int Start, int End, string Target)> _annotations = [];

    public OpenBlock(MappedTextBuilder text, BlockKind kind, BlockContext context, int headingLevel)
    {
        Text = text;
        Kind = kind;
        Context = context;
        HeadingLevel = headingLevel;
    }

    public MappedTextBuilder Text { get; }

    public BlockKind Kind { get; }

    public BlockContext Context { get; }

    public int HeadingLevel { get; }

    public void Mark(AnnotationKind kind, int start, int end, string target) => _annotations.Add((kind, start, end, target));

    public ProseBlock Build()
    {
        var (text, map) = Text.Build();
        var links = new List<InlineLink>();
        var markers = new List<CitationMarker>();
        foreach (var (kind, rawStart, rawEnd, target) in _annotations)
        {
            var start = Math.Clamp(rawStart, 0, text.Length);
            var end = Math.Clamp(rawEnd, start, text.Length);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (kind == AnnotationKind.Link)
            {
                links.Add(new InlineLink(start, end, target, InlineLink.Classify(target)));
            }
            else
            {
                markers.Add(new CitationMarker(start, end, MarkerKind.Cite, text[start..end]));
            }
        }

        return new ProseBlock(Kind, Context, text, map)
        {
            HeadingLevel = HeadingLevel,
            Links = links,
            Markers = markers,
        };
    }
}
