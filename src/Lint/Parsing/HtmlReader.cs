using HealthLint.Documents;

namespace HealthLint.Parsing;

/// <summary>Reads HTML with AngleSharp into a <see cref="Document"/>.</summary>
internal static class HtmlReader
{
    public static Document Read(string source) => PlainTextReader.Read(source, DocumentFormat.Html);

    /// <summary>
    /// Reads <c>source[start..end)</c> as an HTML fragment in body context (a raw HTML block inside Markdown),
    /// adding its blocks, hidden text and anchors to <paramref name="builder"/> with offsets into the whole source.
    /// </summary>
    public static void ReadFragment(string source, int start, int end, DocumentBuilder builder)
    {
        var text = new MappedTextBuilder(source);
        text.AppendSource(start, end);
        var (value, map) = text.Build();
        builder.AddBlock(new ProseBlock(BlockKind.Paragraph, BlockContext.None, value, map));
    }
}
