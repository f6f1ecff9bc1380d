namespace HealthLint.Documents;

/// <summary>
/// Maps each character of a block's extracted text back to the span of the source it came from.
/// The text is made of segments: a literal segment copies source characters one to one (a run of whitespace
/// collapsed from a single source character included); an atomic segment stands for a source span as a whole (an
/// entity, a run of whitespace, a tag such as &lt;br&gt;).
/// </summary>
internal sealed class SourceMap
{
    private readonly int[] _textStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _sourceEnds;
    private readonly bool[] _literal;

    internal SourceMap(int[] textStarts, int[] sourceStarts, int[] sourceEnds, bool[] literal, int textLength)
    {
        _textStarts = textStarts;
        _sourceStarts = sourceStarts;
        _sourceEnds = sourceEnds;
        _literal = literal;
        TextLength = textLength;
    }

    public int TextLength { get; }

    public int SegmentCount => _textStarts.Length;

    /// <summary>The source offset where the text character at <paramref name="textIndex"/> begins.</summary>
    public int SourceStart(int textIndex)
    {
        if (_textStarts.Length == 0)
        {
            return 0;
        }

        textIndex = Math.Clamp(textIndex, 0, Math.Max(TextLength - 1, 0));
        var segment = SegmentOf(textIndex);
        return _literal[segment]
            ? _sourceStarts[segment] + (textIndex - _textStarts[segment])
            : _sourceStarts[segment];
    }

    /// <summary>The source offset just after the text character at <paramref name="textIndex"/>.</summary>
    public int SourceEnd(int textIndex)
    {
        if (_textStarts.Length == 0)
        {
            return 0;
        }

        textIndex = Math.Clamp(textIndex, 0, Math.Max(TextLength - 1, 0));
        var segment = SegmentOf(textIndex);
        return _literal[segment]
            ? _sourceStarts[segment] + (textIndex - _textStarts[segment]) + 1
            : _sourceEnds[segment];
    }

    /// <summary>The source span [start, end) covering text characters [<paramref name="textStart"/>, <paramref name="textEnd"/>).</summary>
    public (int Start, int End) Map(int textStart, int textEnd)
    {
        if (textEnd <= textStart)
        {
            var at = SourceStart(textStart);
            return (at, at);
        }

        var start = SourceStart(textStart);
        var end = SourceEnd(textEnd - 1);
        return (start, Math.Max(start, end));
    }

    private int SegmentOf(int textIndex)
    {
        var index = Array.BinarySearch(_textStarts, textIndex);
        return index >= 0 ? index : ~index - 1;
    }
}
