namespace HealthLint.Documents;

/// <summary>
/// An article as the rules see it: its visible prose blocks in reading order, the text readers cannot see,
/// and its metadata. Every later stage speaks in block text offsets; only reporting turns them into lines and
/// columns, through the block's <see cref="SourceMap"/> and <see cref="Lines"/>.
/// </summary>
internal sealed class Document
{
    public Document(string source, DocumentFormat format, IReadOnlyList<ProseBlock> blocks)
    {
        Source = source;
        Format = format;
        Blocks = blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].Index = i;
        }

        Lines = new LineIndex(source);
    }

    /// <summary>The source text the offsets refer to (a leading byte order mark removed).</summary>
    public string Source { get; }

    public DocumentFormat Format { get; }

    public IReadOnlyList<ProseBlock> Blocks { get; }

    public IReadOnlyList<HiddenText> Hidden { get; init; } = [];

    /// <summary>Front matter keys, &lt;meta name&gt; and &lt;title&gt; values; keys compared without case.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where each metadata field is written in the source (front matter key to value, or the &lt;meta&gt; tag), where the reader knows it.</summary>
    public IReadOnlyDictionary<string, (int Start, int End)> MetadataSpans { get; init; } = new Dictionary<string, (int Start, int End)>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels of footnote definitions (Markdown <c>[^label]: …</c>) and ids of in-page anchors (HTML <c>id</c> attributes).</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Problems the reader met but survived: nesting too deep to follow, for example.</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];

    public LineIndex Lines { get; }
}
