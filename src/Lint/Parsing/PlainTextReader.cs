using HealthLint.Documents;

namespace HealthLint.Parsing;

/// <summary>Temporary reader: every blank-line-separated chunk of the source is a paragraph.</summary>
internal static class PlainTextReader
{
    public static Document Read(string source, DocumentFormat format)
    {
        var blocks = new List<ProseBlock>();
        var start = 0;
        while (start < source.Length)
        {
            var end = source.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = source.Length;
            }

            var builder = new MappedTextBuilder(source);
            builder.AppendSource(start, end);
            var (text, map) = builder.Build();
            if (text.Length > 0)
            {
                blocks.Add(new ProseBlock(BlockKind.Paragraph, BlockContext.None, text, map));
            }

            start = end + 2;
        }

        return new Document(source, format, blocks);
    }
}
