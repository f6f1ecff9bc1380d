using System.Globalization;
using System.Text;

namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// Writes an article as Markdown with YAML front matter, headings, paragraphs (wrapped or one line each), lists,
/// pipe tables, quotes, links and footnotes.
/// </summary>
internal sealed class MarkdownArticleWriter
{
    private readonly int _wrapWidth;

    /// <param name="wrapWidth">The column paragraphs are wrapped at, or 0 for one line per paragraph.</param>
    public MarkdownArticleWriter(int wrapWidth)
    {
        _wrapWidth = wrapWidth;
    }

    public string Write(Article article)
    {
        var md = new StringBuilder(16 * 1024);
        md.Append("---\n");
        md.Append("title: ").Append(Yaml(article.Title)).Append('\n');
        md.Append("description: ").Append(Yaml(article.Description)).Append('\n');
        md.Append("date: ").Append(article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        md.Append("author: ").Append(Yaml(article.Author.Display)).Append('\n');
        if (article.Reviewer is { } reviewer)
        {
            md.Append("reviewed_by: ").Append(Yaml(reviewer.Display)).Append('\n');
        }

        md.Append("tags: [").AppendJoin(", ", article.Tags.Select(Yaml)).Append("]\n");
        md.Append("layout: article\n");
        md.Append("---\n\n");
        md.Append("# ").Append(article.Title).Append("\n\n");
        md.Append('*').Append("By ").Append(article.Author.Display);
        if (article.Reviewer is { } r)
        {
            md.Append(" · Reviewed by ").Append(r.Display);
        }

        md.Append(" · ").Append(article.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("*\n\n");
        if (article.Placement == DisclaimerPlacement.Top)
        {
            Paragraph(md, [Span.Strong("Medical disclaimer:"), Span.Plain(" " + article.Disclaimer)], "> ");
        }
        else if (article.Placement == DisclaimerPlacement.Hidden)
        {
            md.Append("<!-- ").Append(article.Disclaimer).Append(" -->\n\n");
        }

        foreach (var block in article.Blocks)
        {
            Block(md, block);
        }

        if (article.Placement == DisclaimerPlacement.Bottom)
        {
            md.Append("---\n\n");
            Paragraph(md, [Span.Emphasis(article.Disclaimer)], "");
        }

        md.Append("## Related articles\n\n");
        foreach (var link in article.Related)
        {
            md.Append("- ");
            Inline(md, link);
            md.Append('\n');
        }

        md.Append('\n');
        foreach (var reference in article.References)
        {
            md.Append("[^").Append(reference.Number).Append("]: ").Append(reference.Authors).Append(". ").Append(reference.Title)
                .Append(". *").Append(reference.Journal).Append("*. ").Append(reference.Details).Append(".\n    <").Append(reference.Url).Append(">\n");
        }

        return md.ToString();
    }

    private void Block(StringBuilder md, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                md.Append('#', heading.Level).Append(' ').Append(heading.Text).Append("\n\n");
                break;
            case ParagraphBlock paragraph:
                Paragraph(md, paragraph.Spans, "");
                break;
            case ListBlock list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var marker = list.Ordered ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ") : "- ";
                    var line = new StringBuilder();
                    foreach (var span in list.Items[i])
                    {
                        Inline(line, span);
                    }

                    md.Append(marker).Append(line).Append('\n');
                }

                md.Append('\n');
                break;
            case TableBlock table:
                md.Append("**").Append(table.Caption).Append("**\n\n");
                md.Append("| ").AppendJoin(" | ", table.Header).Append(" |\n");
                md.Append('|').AppendJoin('|', table.Header.Select(_ => " --- ")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    md.Append("| ").AppendJoin(" | ", row).Append(" |\n");
                }

                md.Append('\n');
                break;
            case QuoteBlock quote:
                var spans = quote.Callout is null ? quote.Spans : [Span.Strong(quote.Callout + ":"), Span.Plain(" "), .. quote.Spans];
                Paragraph(md, spans, "> ");
                break;
        }
    }

    private void Paragraph(StringBuilder md, IReadOnlyList<Span> spans, string prefix)
    {
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            Inline(text, span);
        }

        var line = text.ToString();
        if (_wrapWidth <= 0)
        {
            md.Append(prefix).Append(line).Append("\n\n");
            return;
        }

        var column = 0;
        md.Append(prefix);
        foreach (var word in line.Split(' '))
        {
            // A line may not start with what would open a list, a heading, a quote or a thematic break.
            var safeToBreak = word.Length > 0 && !"-+*#>=|".Contains(word[0]) && !char.IsAsciiDigit(word[0]);
            if (column > 0 && column + 1 + word.Length > _wrapWidth && safeToBreak)
            {
                md.Append('\n').Append(prefix);
                column = 0;
            }
            else if (column > 0)
            {
                md.Append(' ');
                column++;
            }

            md.Append(word);
            column += word.Length;
        }

        md.Append("\n\n");
    }

    private static void Inline(StringBuilder md, Span span)
    {
        switch (span.Kind)
        {
            case SpanKind.Text:
                md.Append(span.Text);
                break;
            case SpanKind.Emphasis:
                md.Append('*').Append(span.Text).Append('*');
                break;
            case SpanKind.Strong:
                md.Append("**").Append(span.Text).Append("**");
                break;
            case SpanKind.Link:
                md.Append('[').Append(span.Text).Append("](").Append(span.Url).Append(')');
                break;
            case SpanKind.Footnote:
                md.Append("[^").Append(span.Number).Append(']');
                break;
        }
    }

    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
