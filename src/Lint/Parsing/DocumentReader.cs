using System.Runtime.CompilerServices;
using HealthLint.Documents;

namespace HealthLint.Parsing;

/// <summary>Picks the reader for a format.</summary>
internal static class DocumentReader
{
    /// <summary>
    /// Sources longer than this (in characters) are followed by a full garbage collection once read, when the
    /// <see cref="Linter.CollectAfterLargeArticlesSwitch"/> switch is on (why is said there). Ordinary pages, far
    /// shorter, never trigger it.
    /// </summary>
    internal const int CollectAfterLength = 8 * 1024 * 1024;

    public static Document Read(string source, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = ReadWith(source, format);
        if (source.Length > CollectAfterLength
            && AppContext.TryGetSwitch(Linter.CollectAfterLargeArticlesSwitch, out var collect) && collect)
        {
            GC.Collect();
        }

        return document;
    }

    // Not inlined, so that nothing of the parser's tree is left in this frame when the collection runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Document ReadWith(string source, DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => MarkdownReader.Read(source),
        DocumentFormat.Html => HtmlReader.Read(source),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown document format."),
    };
}
