using HealthLint.Documents;
using HealthLint.Parsing.Html;

namespace HealthLint.Parsing;

/// <summary>
/// Reads HTML with AngleSharp into a <see cref="Document"/>: the visible prose as blocks, each character mapped
/// to its exact source position, with invisible text, anchors and metadata beside it.
/// </summary>
internal static class HtmlReader
{
    public static Document Read(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new DocumentBuilder(source, DocumentFormat.Html);
        var scan = HtmlSourceScanner.Scan(source, 0, source.Length);
        using var document = Parser.ParseDocument(scan.Text, out var starts);
        // A style sheet for print or for another medium says nothing about what a reader sees on screen.
        var hidden = HiddenSelectors.Read(document.QuerySelectorAll("style")
            .Where(style => style.GetAttribute("media")?.Trim().ToLowerInvariant() is null or "" or "all" or "screen")
            .Select(style => style.TextContent));
        HtmlDomWalker.Walk(document.ChildNodes, scan, 0, starts, builder, hidden);
        return builder.Build();
    }

    /// <summary>
    /// Reads <c>source[start..end)</c> as an HTML fragment in body context (a raw HTML block inside Markdown),
    /// adding its blocks, hidden text and anchors to <paramref name="builder"/> with offsets into the whole source.
    /// </summary>
    public static void ReadFragment(string source, int start, int end, DocumentBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(builder);
        start = Math.Clamp(start, 0, source.Length);
        end = Math.Clamp(end, start, source.Length);
        var scan = HtmlSourceScanner.Scan(source, start, end);
        var nodes = Parser.ParseBodyFragment(scan.Text.Substring(start, end - start), out var starts);
        HtmlDomWalker.Walk(nodes, scan, start, starts, builder);
    }

    /// <summary>
    /// Each thread's parser. Making one sets up a browsing context and its services, which cost about as much as
    /// parsing a small page; a parser keeps nothing of the documents it parses, but is not made for two threads at once.
    /// </summary>
    [ThreadStatic]
    private static PositionedHtmlParser? t_parser;

    private static PositionedHtmlParser Parser => t_parser ??= new();
}
