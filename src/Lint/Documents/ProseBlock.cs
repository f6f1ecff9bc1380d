namespace HealthLint.Documents;

/// <summary>
/// One block of visible prose: its text with whitespace collapsed, the map from that text back to the source,
/// and the links and citation markers it carries.
/// </summary>
internal sealed class ProseBlock
{
    public ProseBlock(BlockKind kind, BlockContext context, string text, SourceMap map)
    {
        Kind = kind;
        Context = context;
        Text = text;
        Map = map;
    }

    public BlockKind Kind { get; }

    public BlockContext Context { get; }

    /// <summary>1–6 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; init; }

    public string Text { get; }

    public SourceMap Map { get; }

    public IReadOnlyList<InlineLink> Links { get; init; } = [];

    public IReadOnlyList<CitationMarker> Markers { get; init; } = [];

    /// <summary>The position of the block in <see cref="Document.Blocks"/>.</summary>
    public int Index { get; internal set; }

    public override string ToString() => $"{Kind} {Text}";
}
