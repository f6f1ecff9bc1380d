using HealthLint.Documents;
using HealthLint.Parsing.Markdown;
using Markdig;

namespace HealthLint.Parsing;

/// <summary>Reads Markdown with Markdig into a <see cref="Document"/>.</summary>
internal static class MarkdownReader
{
    /// <summary>Built once: a built pipeline is immutable and may parse on many threads at once.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Use<InlineScanBudgetExtension>()
        .Build();

    public static Document Read(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new DocumentBuilder(source, DocumentFormat.Markdown);
        var walker = new MarkdownBlockWalker(source, builder);
        var spentLines = new List<(int Start, int Line)>();
        var parsed = Parse(source, 0, source.Length, spentLines, out var failure);
        if (parsed is null)
        {
            // Markdig refuses input nested beyond its own limits, and some input would take it minutes. Reading the
            // file section by section keeps the rest of the article linted and leaves out only the sections it cannot
            // parse.
            builder.AddNote($"The Markdown parser could not take the whole file at once ({failure}); it was read section by section.");
            ReadBySections(source, walker, builder, spentLines);
            NoteSpentBudgets(source, spentLines, builder);
            walker.Finish();
            return builder.Build();
        }

        NoteSpentBudgets(source, spentLines, builder);
        Walk(walker, parsed, 0, builder);
        walker.Finish();
        return builder.Build();
    }

    /// <summary>
    /// Parses [<paramref name="start"/>, <paramref name="end"/>) of the source, or says in <paramref name="failure"/>
    /// why it cannot be: lines nested too deeply for Markdig to parse in reasonable time, or Markdig's own refusal.
    /// The lines where paragraphs read partly as plain text start (<see cref="InlineScanBudget"/>) go to <paramref name="spentLines"/>.
    /// </summary>
    private static Markdig.Syntax.MarkdownDocument? Parse(string source, int start, int end, List<(int Start, int Line)> spentLines, out string failure)
    {
        failure = string.Empty;
        if (MarkdownNesting.FirstTooDeep(source, start, end) >= 0)
        {
            failure = $"some lines are nested more than {MarkdownNesting.Limit} levels deep";
            return null;
        }

        if (MarkdownBlockRemovals.PieceEnd(source, start, end) < end)
        {
            failure = $"more than {MarkdownBlockRemovals.Limit} of its lines are setext underlines or open link reference definitions";
            return null;
        }

        InlineScanBudget.Begin();
        try
        {
            var parsed = Markdig.Markdown.Parse(start == 0 && end == source.Length ? source : source[start..end], Pipeline);
            foreach (var line in InlineScanBudget.End())
            {
                spentLines.Add((start, line));
            }

            return parsed;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            InlineScanBudget.End();
            failure = exception.Message;
            return null;
        }
    }

    /// <summary>
    /// One note for every paragraph of the file read partly as plain text (<see cref="InlineScanBudget"/>), each given
    /// by where the text parsed with it starts and its line there.
    /// </summary>
    private static void NoteSpentBudgets(string source, List<(int Start, int Line)> spent, DocumentBuilder builder)
    {
        if (spent.Count == 0)
        {
            return;
        }

        var (start, line) = spent.MinBy(s => (s.Start, s.Line));
        var first = new LineIndex(source).Position(start).Line + line;
        var (where, holds) = spent.Count == 1
            ? ($"the paragraph on line {first}", "it holds")
            : ($"{spent.Count} paragraphs, the first on line {first},", "they hold");
        builder.AddNote(
            $"Links, code spans, inline HTML and web addresses in {where} were read as plain text from some point on: "
            + $"{holds} more unclosed brackets, backticks or tags than can be searched in reasonable time.");
    }

    private static void Walk(MarkdownBlockWalker walker, Markdig.Syntax.MarkdownDocument parsed, int baseOffset, DocumentBuilder builder)
    {
        try
        {
            walker.Walk(parsed, baseOffset);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            builder.AddNote($"Reading the Markdown stopped early: {exception.Message}");
        }
    }

    /// <summary>
    /// Parses each run of lines between blank lines on its own, cut into pieces where it holds too many lines that
    /// Markdig takes blocks out for (<see cref="MarkdownBlockRemovals"/>); a run that still fails is noted and skipped.
    /// </summary>
    private static void ReadBySections(string source, MarkdownBlockWalker walker, DocumentBuilder builder, List<(int Start, int Line)> spentLines)
    {
        LineIndex? lines = null;
        var start = 0;
        var sectionEnd = 0;
        while (start < source.Length)
        {
            var newSection = start >= sectionEnd;
            if (newSection)
            {
                sectionEnd = SectionEnd(source, start);
            }

            var end = MarkdownBlockRemovals.PieceEnd(source, start, sectionEnd);
            if (newSection && end < sectionEnd)
            {
                lines ??= new LineIndex(source);
                builder.AddNote(
                    $"Lines {lines.Position(start).Line}-{lines.Position(sectionEnd - 1).Line} hold more than {MarkdownBlockRemovals.Limit} setext "
                    + $"underlines or link reference definitions without a blank line; they were parsed in pieces of at most {MarkdownBlockRemovals.Limit}.");
            }

            if (end > start)
            {
                var parsed = Parse(source, start, end, spentLines, out _);
                if (parsed is null)
                {
                    lines ??= new LineIndex(source);
                    var first = lines.Position(start).Line;
                    var lastVisible = end - 1;
                    while (lastVisible > start && char.IsWhiteSpace(source[lastVisible]))
                    {
                        lastVisible--;
                    }

                    var last = lines.Position(lastVisible).Line;
                    builder.AddNote($"Lines {first}-{last} could not be parsed as Markdown and were not linted.");
                }
                else
                {
                    Walk(walker, parsed, start, builder);
                }
            }

            start = end;
        }
    }

    /// <summary>The offset just after the blank line that ends the section starting at <paramref name="start"/>, or the end of the source.</summary>
    private static int SectionEnd(string source, int start)
    {
        var lineStart = start;
        var sawText = false;
        while (lineStart < source.Length)
        {
            var lineEnd = lineStart;
            var blank = true;
            while (lineEnd < source.Length && source[lineEnd] is not ('\n' or '\r'))
            {
                if (source[lineEnd] is not (' ' or '\t'))
                {
                    blank = false;
                }

                lineEnd++;
            }

            if (lineEnd < source.Length)
            {
                lineEnd += source[lineEnd] == '\r' && lineEnd + 1 < source.Length && source[lineEnd + 1] == '\n' ? 2 : 1;
            }

            if (blank && sawText)
            {
                return lineEnd;
            }

            sawText |= !blank;
            lineStart = lineEnd;
        }

        return source.Length;
    }
}
