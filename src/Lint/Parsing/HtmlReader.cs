using HealthLint.Documents;

namespace HealthLint.Parsing;

/// <summary>Reads HTML with AngleSharp into a <see cref="Document"/>.</summary>
internal static class HtmlReader
{
    public static Document Read(string source) => PlainTextReader.Read(source, DocumentFormat.Html);
}
