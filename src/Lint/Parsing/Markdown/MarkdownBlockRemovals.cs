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
        var previousBlank = true;
        while (lineStart < end)
        {
            var newline = source.AsSpan(lineStart, end - lineStart).IndexOfAny('\n', '\r');
            var next = newline < 0 ? end : lineStart + newline + 1;
            if (next < end && source[next - 1] == '\r' && source[next] == '\n')
            {
                next++;
            }

            var kind = Classify(source, lineStart, next);
            if (kind == LineKind.Definition || (kind == LineKind.Underline && !previousBlank))
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

            previousBlank = kind == LineKind.Blank;
            lineStart = next;
        }

        return end;
    }

    private enum LineKind
    {
        Blank,
        Other,
        Definition,
        Underline,
    }

    /// <summary>
    /// What the line [<paramref name="position"/>, <paramref name="end"/>) is, past its indentation and block quote
    /// markers: one that opens with '[' and holds "]:", as a link reference definition does; a run of '=' or '-', a
    /// setext underline when a line of text is above it; blank; or any other. Lines of code count too: telling them
    /// apart would take a parser, and counting too many only cuts a file sooner.
    /// </summary>
    private static LineKind Classify(string source, int position, int end)
    {
        while (position < end && source[position] is ' ' or '\t' or '>')
        {
            position++;
        }

        var line = source.AsSpan(position, end - position).TrimEnd("\r\n");
        if (line.IsEmpty)
        {
            return LineKind.Blank;
        }

        var marker = line[0];
        if (marker == '[')
        {
            return line.Contains("]:", StringComparison.Ordinal) ? LineKind.Definition : LineKind.Other;
        }

        return marker is '=' or '-' && line.TrimEnd(" \t").IndexOfAnyExcept(marker) < 0 ? LineKind.Underline : LineKind.Other;
    }
}
