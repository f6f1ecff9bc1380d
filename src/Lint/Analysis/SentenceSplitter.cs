namespace HealthLint.Analysis;

/// <summary>Splits a block's text into sentences.</summary>
internal static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, in order, each trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                Add(text, start, i + 1, spans);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
