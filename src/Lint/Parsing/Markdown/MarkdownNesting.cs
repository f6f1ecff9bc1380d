namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Measures how deeply each line of Markdown nests containers — block quotes, list items and the indentation that
/// continues them — before Markdig sees it. Markdig matches every line against every open container, so a file
/// nested thousands of levels deep takes it minutes before it gives up; such lines are found here in one pass.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The deepest nesting read; real articles stay far below it.</summary>
    public const int Limit = 64;

    /// <summary>The offset of the first line in [<paramref name="start"/>, <paramref name="end"/>) nested deeper than <see cref="Limit"/>, or -1.</summary>
    public static int FirstTooDeep(string source, int start, int end)
    {
        var lineStart = start;
        while (lineStart < end)
        {
            if (Depth(source, lineStart, end) > Limit)
            {
                return lineStart;
            }

            var newline = source.AsSpan(lineStart, end - lineStart).IndexOfAny('\n', '\r');
            if (newline < 0)
            {
                break;
            }

            lineStart += newline + 1;
        }

        return -1;
    }

    /// <summary>
    /// The containers a line opens or continues: one per '>' and per list marker, and one per two columns of
    /// indentation, which is how little nested lists need. An over-estimate is harmless: it only sends a file down
    /// the slower, section-by-section path.
    /// </summary>
    private static int Depth(string source, int position, int end)
    {
        var depth = 0;
        var columns = 0;
        while (position < end && depth + (columns / 2) <= Limit)
        {
            var c = source[position];
            if (c == ' ')
            {
                columns++;
                position++;
            }
            else if (c == '\t')
            {
                columns += 4;
                position++;
            }
            else if (c == '>')
            {
                depth++;
                position++;
            }
            else if (c is '-' or '*' or '+' && position + 1 < end && source[position + 1] is ' ' or '\t')
            {
                depth++;
                position += 2;
            }
            else if (char.IsAsciiDigit(c))
            {
                var digits = position;
                while (digits < end && digits - position < 9 && char.IsAsciiDigit(source[digits]))
                {
                    digits++;
                }

                if (digits + 1 < end && source[digits] is '.' or ')' && source[digits + 1] is ' ' or '\t')
                {
                    depth++;
                    position = digits + 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return depth + (columns / 2);
    }
}
