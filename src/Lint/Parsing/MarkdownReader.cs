using HealthLint.Documents;

namespace HealthLint.Parsing;

/// <summary>Reads Markdown with Markdig into a <see cref="Document"/>.</summary>
internal static class MarkdownReader
{
    public static Document Read(string source) => PlainTextReader.Read(source, DocumentFormat.Markdown);
}
