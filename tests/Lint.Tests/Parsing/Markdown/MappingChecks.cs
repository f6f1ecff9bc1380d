using HealthLint.Documents;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>
/// The invariants every reader's output keeps: each mapped span lies inside the source, a character that maps to
/// exactly one source character is that character (a literal copy) unless it is whitespace standing for a line
/// break or a replacement character standing for NUL, block text maps in reading order, and links and markers
/// lie inside their block's text.
/// </summary>
internal static class MappingChecks
{
    public static List<string> Problems(Document document)
    {
        var problems = new List<string>();
        foreach (var block in document.Blocks)
        {
            CheckText(document.Source, block.Text, block.Map, $"block {block.Index} ({block.Kind})", inOrder: true, problems);
            foreach (var link in block.Links)
            {
                if (link.Start < 0 || link.Start > link.End || link.End > block.Text.Length)
                {
                    problems.Add($"block {block.Index}: link {link} outside text of length {block.Text.Length}");
                }
            }

            foreach (var marker in block.Markers)
            {
                if (marker.Start < 0 || marker.Start > marker.End || marker.End > block.Text.Length)
                {
                    problems.Add($"block {block.Index}: marker {marker} outside text of length {block.Text.Length}");
                }
            }
        }

        foreach (var hidden in document.Hidden)
        {
            CheckText(document.Source, hidden.Text, hidden.Map, $"hidden {hidden.Reason}", inOrder: false, problems);
        }

        return problems;
    }

    /// <summary>Only that every mapped span of blocks and hidden text lies inside the source.</summary>
    public static List<string> SpansOutsideSource(Document document)
    {
        var problems = new List<string>();
        foreach (var block in document.Blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
            {
                var (start, end) = (block.Map.SourceStart(i), block.Map.SourceEnd(i));
                if (start < 0 || start > end || end > document.Source.Length)
                {
                    problems.Add($"block {block.Index} char {i}: [{start}, {end}) outside source of length {document.Source.Length}");
                    break;
                }
            }
        }

        return problems;
    }

    private static void CheckText(string source, string text, SourceMap map, string what, bool inOrder, List<string> problems)
    {
        if (map.TextLength != text.Length)
        {
            problems.Add($"{what}: map length {map.TextLength} differs from text length {text.Length}");
        }

        var previous = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var start = map.SourceStart(i);
            var end = map.SourceEnd(i);
            if (start < 0 || start > end || end > source.Length)
            {
                problems.Add($"{what} char {i} '{text[i]}': [{start}, {end}) outside source of length {source.Length}");
                return;
            }

            var c = text[i];
            if (end - start == 1 && !char.IsWhiteSpace(c) && c != '\uFFFD' && source[start] != c)
            {
                problems.Add($"{what} char {i} '{c}' maps to source '{source[start]}' at {start} in \"{text}\"");
                return;
            }

            if (inOrder && start < previous)
            {
                problems.Add($"{what} char {i} '{c}' maps to {start}, before the previous character at {previous}, in \"{text}\"");
                return;
            }

            previous = start;
        }
    }
}
