namespace HealthLint.Documents;

/// <summary>Collects what a reader finds, in reading order, and makes the <see cref="Document"/>.</summary>
internal sealed class DocumentBuilder
{
    private readonly List<ProseBlock> _blocks = [];
    private readonly List<HiddenText> _hidden = [];
    private readonly Dictionary<string, string> _metadata = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Start, int End)> _metadataSpans = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _anchors = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _notes = [];

    public DocumentBuilder(string source, DocumentFormat format)
    {
        Source = source;
        Format = format;
    }

    public string Source { get; }

    public DocumentFormat Format { get; }

    public void AddBlock(ProseBlock block)
    {
        if (block.Text.Length > 0)
        {
            _blocks.Add(block);
        }
    }

    public void AddHidden(HiddenText hidden)
    {
        if (hidden.Text.Length > 0)
        {
            _hidden.Add(hidden);
        }
    }

    /// <summary>Records a metadata value; the first value given for a key is kept.</summary>
    public void AddMetadata(string key, string value) => _metadata.TryAdd(key, value);

    /// <summary>Records a metadata value and where it is written in the source; the first value given for a key is kept.</summary>
    public void AddMetadata(string key, string value, int sourceStart, int sourceEnd)
    {
        if (_metadata.TryAdd(key, value) && sourceStart >= 0 && sourceEnd >= sourceStart)
        {
            _metadataSpans[key] = (sourceStart, sourceEnd);
        }
    }

    public void AddAnchor(string id)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            _anchors.Add(id.Trim());
        }
    }

    /// <summary>Records something the reader could not follow but survived; each distinct note is kept once.</summary>
    public void AddNote(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    public Document Build() => new(Source, Format, _blocks)
    {
        Hidden = _hidden,
        Metadata = _metadata,
        MetadataSpans = _metadataSpans,
        Anchors = _anchors,
        ReaderNotes = _notes,
    };
}
