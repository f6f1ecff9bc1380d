namespace HealthLint.Documents;

/// <summary>
/// Converts offsets in a source text to 1-based lines and UTF-16 columns. CRLF, CR and LF each end a line,
/// as editors and SARIF consumers count them.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Length = text.Length;
        var starts = new List<int> { 0 };
        var i = 0;
        while (true)
        {
            // Line breaks are few: a vectorised search goes from one to the next.
            var next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(++i);
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The length of the text the index was built on.</summary>
    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset where the 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>The 1-based line and column of <paramref name="offset"/>, clamped to the text.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The region from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public SourceRegion Region(int start, int end)
    {
        start = Math.Clamp(start, 0, Length);
        end = Math.Clamp(end, start, Length);
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceRegion(startLine, startColumn, endLine, endColumn);
    }
}
