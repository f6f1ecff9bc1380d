using HealthLint.Documents;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Checks that every character a reader extracted maps back into the source it came from.</summary>
internal static class SourceMapAssert
{
    /// <summary>
    /// For every block and hidden text: each character maps to a span inside the source; a character mapped to a
    /// single source character is that character (whitespace collapsed to a space, NUL replaced by U+FFFD); a
    /// character standing for a wider span stands for a character reference or a tag.
    /// </summary>
    public static void MapsIntoSource(Document document)
    {
        foreach (var block in document.Blocks)
        {
            MapsIntoSource(document.Source, block.Text, block.Map, $"block {block.Index} ({block.Kind})");
        }

        foreach (var hidden in document.Hidden)
        {
            MapsIntoSource(document.Source, hidden.Text, hidden.Map, $"hidden {hidden.Reason}");
        }
    }

    public static void MapsIntoSource(string source, string text, SourceMap map, string what)
    {
        Assert.Equal(text.Length, map.TextLength);
        for (var i = 0; i < text.Length; i++)
        {
            var (start, end) = map.Map(i, i + 1);
            Assert.True(start >= 0 && start <= end && end <= source.Length, $"{what}: character {i} maps to [{start}, {end}) outside the source of length {source.Length}");
            var c = text[i];
            if (end - start == 1)
            {
                var s = source[start];
                var same = c == s
                    || (c == ' ' && s is ' ' or '\t' or '\n' or '\r' or '\f')
                    || (c == '\uFFFD' && s == '\0');
                Assert.True(same, $"{what}: character {i} '{c}' (U+{(int)c:X4}) maps to source '{s}' (U+{(int)s:X4}) at {start}");
            }
            else if (end - start > 1)
            {
                Assert.True(source[start] is '&' or '<', $"{what}: character {i} '{c}' stands for [{start}, {end}) = '{source[start..end]}', neither a reference nor a tag");
            }
        }
    }
}
