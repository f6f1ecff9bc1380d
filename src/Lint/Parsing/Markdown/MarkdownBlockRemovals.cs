namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Counts the lines that make Markdig take a block back out of its parent: a setext underline turns the paragraph
/// above it into a heading, and a link reference definition is taken out of its paragraph. Markdig finds the block
/// to take out by searching its parent from the first child on, so a file of a hundred thousand such lines took it
/// minutes. A file with more than <see cref="Limit"/> of them is parsed in pieces that each hold at most that many.
/// </summary>
internal static class MarkdownBlockRemovals
{
    /// <summary>The most such lines parsed together; real articles stay far below it.</summary>
    public const int Limit = 8192;

    /// <summary>
    /// Where the piece that starts at <paramref name="start"/> must end so that it holds at most <see cref="Limit"/>
    /// such lines: just after the last of them it may hold, so that a heading or a definition is not cut from the
    /// line above it, or <paramref name="end"/>. An over-estimate is harmless: it only cuts a file into pieces sooner.
    /// </summary>
    public static int PieceEnd(string source, int start, int end)
    {
        // Each such line takes two characters at least, its line break included: most files are too short to hold more.
        if (end - start <= 2 * Limit)
        {
            return end;
        }

        var count = 0;
        var cut = end;
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = source.AsSpan(lineStart, end - lineStart).IndexOfAny('\n', '\r');
            var next = newline < 0 ? end : lineStart + newline + 1;
            if (RemovesABlock(source, lineStart, end))
            {
                count++;
                if (count == Limit)
                {
                    cut = next;
                }
                else if (count > Limit)
                {
                    return cut;
                }
            }

            lineStart = next;
        }

        return end;
    }

    /// <summary>
    /// A line, past its indentation and block quote markers, that opens with '[' and holds "]:", as a link reference
    /// definition does, or is a run of '=' or '-'.
    /// </summary>
    private static bool RemovesABlock(string source, int position, int end)
    {
        while (position < end && source[position] is ' ' or '\t' or '>')
        {
            position++;
        }

        if (position == end)
        {
            return false;
        }

        var marker = source[position];
        if (marker == '[')
        {
            var line = source.AsSpan(position, end - position);
            var lineEnd = line.IndexOfAny('\n', '\r');
            return (lineEnd < 0 ? line : line[..lineEnd]).Contains("]:", StringComparison.Ordinal);
        }

        if (marker is not ('=' or '-'))
        {
            return false;
        }

        for (; position < end && source[position] is not ('\n' or '\r'); position++)
        {
            if (source[position] != marker && source[position] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
