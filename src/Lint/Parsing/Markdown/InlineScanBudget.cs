using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Bounds how far Markdig's inline parsers may search ahead in one paragraph. At each <c>]</c>, backtick, <c>&lt;</c>
/// or start of a web address, Markdig looks ahead for what closes it: a link destination or title, a
/// matching run of backticks, the end of a tag or comment, the end of an address. A paragraph of thousands of such
/// openers with no closer (<c>[a](b[a](b…</c>, <c>(www.a(www.a…</c>) makes every search run to the paragraph's end,
/// which is quadratic: a 400 KB paragraph took Markdig minutes. A search that finds its closer is charged what it
/// consumed; one that does not, the rest of the paragraph, all it could have read; looks that cannot search far (at a
/// <c>[</c>, at a word that does not start an address) are free. Once a paragraph has been charged
/// <see cref="CharsPerChar"/> times its length, its parsers stop matching and the rest of it is read as plain text,
/// and the reader says so. Real paragraphs, tables of thousands of links included, stay far below the limit.
/// </summary>
/// <remarks>
/// The budget counts characters, not time, so that a file is read the same way on every run and on every machine.
/// Markdig parses one paragraph at a time on one thread, so the paragraph being charged is kept per thread.
/// </remarks>
internal static class InlineScanBudget
{
    /// <summary>How many characters the searches of one paragraph may read per character of the paragraph.</summary>
    public const int CharsPerChar = 1024;

    /// <summary>What every paragraph may read, however short: a short paragraph cannot cost much whatever it holds.</summary>
    public const int Floor = 1 << 20;

    [ThreadStatic]
    private static LeafBlock? t_block;

    [ThreadStatic]
    private static long t_left;

    [ThreadStatic]
    private static List<int>? t_spentLines;

    /// <summary>Starts counting for a parse on this thread.</summary>
    public static void Begin()
    {
        t_block = null;
        t_left = 0;
        t_spentLines = null;
    }

    /// <summary>
    /// Ends the parse: the lines (of the text parsed, from 0) where paragraphs start whose links, code spans, tags and
    /// addresses were read as plain text from some point on.
    /// </summary>
    public static IReadOnlyList<int> End()
    {
        var lines = (IReadOnlyList<int>?)t_spentLines ?? [];
        Begin();
        return lines;
    }

    /// <summary>Whether the paragraph being parsed has spent its budget: its parsers no longer match.</summary>
    public static bool IsSpent(InlineProcessor processor)
    {
        var block = processor.Block;
        if (block is null)
        {
            return false;
        }

        if (!ReferenceEquals(block, t_block))
        {
            // Sized from the paragraph's own source: Markdig may hand a one-line paragraph a slice of the whole file.
            t_block = block;
            t_left = Floor + ((long)CharsPerChar * Math.Max(block.Span.Length, 0));
        }

        return t_left <= 0;
    }

    /// <summary>
    /// Charges the paragraph being parsed for a look that started with <paramref name="remaining"/> characters left
    /// in it: what the parser consumed when it found what it looked for (more than
    /// <paramref name="consumedOnFailure"/> characters), else all it could have read.
    /// </summary>
    public static void Charge(InlineProcessor processor, bool matched, int consumed, int consumedOnFailure, int remaining)
    {
        var block = processor.Block;
        if (block is null || !ReferenceEquals(block, t_block) || t_left <= 0)
        {
            return;
        }

        t_left -= matched && consumed > consumedOnFailure ? consumed : Math.Max(remaining, 1);
        if (t_left <= 0)
        {
            (t_spentLines ??= []).Add(block.Line);
        }
    }
}
