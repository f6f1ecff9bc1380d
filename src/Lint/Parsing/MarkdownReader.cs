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
        .Build();

    public static Document Read(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new DocumentBuilder(source, DocumentFormat.Markdown);
        var walker = new MarkdownBlockWalker(source, builder);
        var parsed = Parse(source, 0, source.Length, out var failure);
        if (parsed is null)
        {
            // Markdig refuses input nested beyond its own limits. Reading the file section by section keeps the
            // rest of the article linted and leaves out only the sections it cannot parse.
            builder.AddNote($"The Markdown parser failed on the whole file ({failure}); it was read section by section.");
            ReadBySections(source, walker, builder);
            walker.Finish();
            return builder.Build();
        }

        Walk(walker, parsed, 0, builder);
        walker.Finish();
        return builder.Build();
    }

    /// <summary>
    /// Parses [<paramref name="start"/>, <paramref name="end"/>) of the source, or says in <paramref name="failure"/>
    /// why it cannot be: lines nested too deeply for Markdig to parse in reasonable time, or Markdig's own refusal.
    /// </summary>
    private static Markdig.Syntax.MarkdownDocument? Parse(string source, int start, int end, out string failure)
    {
        failure = string.Empty;
        if (MarkdownNesting.FirstTooDeep(source, start, end) >= 0)
        {
            failure = $"some lines are nested more than {MarkdownNesting.Limit} levels deep";
            return null;
        }

        try
        {
            return Markdig.Markdown.Parse(start == 0 && end == source.Length ? source : source[start..end], Pipeline);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failure = exception.Message;
            return null;
        }
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

    /// <summary>Parses each run of lines between blank lines on its own; a run that still fails is noted and skipped.</summary>
    private static void ReadBySections(string source, MarkdownBlockWalker walker, DocumentBuilder builder)
    {
        LineIndex? lines = null;
        var start = 0;
        while (start < source.Length)
        {
            var end = SectionEnd(source, start);
            if (end > start)
            {
                var parsed = Parse(source, start, end, out _);
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
