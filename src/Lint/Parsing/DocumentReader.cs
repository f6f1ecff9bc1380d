using HealthLint.Documents;

namespace HealthLint.Parsing;

/// <summary>Picks the reader for a format.</summary>
internal static class DocumentReader
{
    public static Document Read(string source, DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => MarkdownReader.Read(source),
        DocumentFormat.Html => HtmlReader.Read(source),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown document format."),
    };
}
