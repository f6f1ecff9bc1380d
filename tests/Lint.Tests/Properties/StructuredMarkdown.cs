using FsCheck;
using FsCheck.Fluent;

namespace HealthLint.Tests.Properties;

/// <summary>
/// Generates Markdown articles as publishers write them: optional front matter, then paragraphs, headings, nested
/// lists, blockquotes, pipe tables, fenced code, comments and suppression directives, raw HTML blocks (visible,
/// hidden, collapsible) and footnotes, with health claims marked up by nested emphasis, links, inline HTML and
/// character references. Nesting deepens with the generator's size and stays bounded.
/// </summary>
internal static class StructuredMarkdown
{
    private const int MaxDepth = 3;

    /// <summary>How many inline constructs may nest around a word.</summary>
    private const int InlineDepth = 3;

    /// <summary>
    /// Delimiters of emphasis, strong emphasis and strikethrough; strikethrough comes last, because four tildes
    /// would open a code fence, so it is never put directly around itself.
    /// </summary>
    private static readonly string[] Emphasis = ["*", "_", "**", "__", "***", "~~"];

    private static readonly string[] FootnoteDefinitions =
    [
        "[^1]: Smith J, et al. Turmeric and joint pain. J Rheumatol. 2020;47(3):1-9.",
        "[^2]: World Health Organization. Guideline on arthritis &amp; exercise. 2023.",
    ];

    /// <summary>A whole article, with LF, CRLF or CR line ends.</summary>
    public static Gen<string> Document { get; } = Gen.Sized(size =>
        from frontMatter in Gen.Frequency((2, FrontMatter()), (3, Gen.Constant("")))
        from blocks in Blocks(Math.Min(MaxDepth, 1 + (size / 30)), 1 + (size / 8))
        from footnotes in Gen.Frequency((2, Gen.Constant("\n\n" + string.Join('\n', FootnoteDefinitions))), (1, Gen.Constant("")))
        from lineEnd in Gen.Frequency((6, Gen.Constant("\n")), (2, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        select (frontMatter + blocks + footnotes + "\n").Replace("\n", lineEnd, StringComparison.Ordinal));

    private static Gen<string> FrontMatter() =>
        from title in HealthProse.PlainSentence
        from description in HealthProse.PlainSentence
        from disclaimer in Gen.Frequency((1, HealthProse.Disclaimer.Select(d => "disclaimer: \"" + d + "\"\n")), (3, Gen.Constant("")))
        select "---\ntitle: \"" + title + "\"\ndescription: \"" + description + "\"\n" + disclaimer + "tags: [health, nutrition]\n---\n\n";

    private static Gen<string> Blocks(int depth, int count) =>
        from n in Gen.Choose(1, Math.Max(1, count))
        from blocks in Block(depth).ArrayOf(n)
        select string.Join("\n\n", blocks);

    private static Gen<string> Block(int depth)
    {
        var blocks = new List<(int, Gen<string>)>
        {
            (6, Paragraph()),
            (2, Heading()),
            (2, Table()),
            (2, Comment()),
            (1, Directive()),
            (1, Fence()),
            (1, Gen.Elements("***", "* * *", "___")),
            (1, HealthProse.Disclaimer.Select(d => "> **Note:** " + d)),
        };
        if (depth > 0)
        {
            blocks.Add((3, List(depth - 1)));
            blocks.Add((2, Blockquote(depth - 1)));
            blocks.Add((2, RawHtml(depth - 1)));
        }

        return Gen.Frequency(blocks);
    }

    private static Gen<string> Paragraph() =>
        from n in Gen.Choose(1, 3)
        from sentences in Sentence().ArrayOf(n)
        from separator in Gen.Elements(" ", " ", "\n", "  \n", "<br>\n", "\\\n")
        select string.Join(separator, sentences);

    private static Gen<string> Heading() =>
        from level in Gen.Choose(1, 6)
        from sentence in Sentence()
        from closing in Gen.Elements("", "", " " + new string('#', 3))
        select new string('#', level) + " " + sentence + closing;

    private static Gen<string> List(int depth) =>
        from ordered in Gen.Elements(false, true)
        from bullet in Gen.Elements("-", "*", "+")
        from delimiter in Gen.Elements(".", ")")
        from n in Gen.Choose(1, 4)
        from items in ListItem(depth).ArrayOf(n)
        from loose in Gen.Elements(false, true)
        select string.Join(loose ? "\n\n" : "\n", items.Select((item, i) => Item(ordered ? (i + 1) + delimiter : bullet, item)));

    private static Gen<string> ListItem(int depth)
    {
        var bodies = new List<(int, Gen<string>)>
        {
            (4, Paragraph()),
            (1, from task in Gen.Elements("[ ] ", "[x] ") from text in Paragraph() select task + text),
        };
        if (depth > 0)
        {
            bodies.Add((3, from text in Paragraph() from nested in List(depth - 1) select text + "\n" + nested));
            bodies.Add((2, from text in Paragraph() from more in Blocks(depth - 1, 2) select text + "\n\n" + more));
        }

        return Gen.Frequency(bodies);
    }

    /// <summary>A list item: the marker on the first line, every other line indented to the item's content.</summary>
    private static string Item(string marker, string content)
    {
        var indent = new string(' ', marker.Length + 1);
        var lines = content.Split('\n');
        return marker + " " + lines[0] + string.Concat(lines.Skip(1).Select(line => "\n" + (line.Length == 0 ? line : indent + line)));
    }

    private static Gen<string> Blockquote(int depth) =>
        from inner in Blocks(depth, 3)
        select string.Join('\n', inner.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));

    private static Gen<string> Table() =>
        from columns in Gen.Choose(1, 3)
        from header in HealthProse.PlainSentence.ArrayOf(columns)
        from alignment in Gen.Elements("---", ":---", "---:", ":---:").ArrayOf(columns)
        from rowCount in Gen.Choose(1, 3)
        from rows in Sentence().ArrayOf(columns).ArrayOf(rowCount)
        select Row(header) + "\n" + Row(alignment) + string.Concat(rows.Select(row => "\n" + Row(row)));

    private static string Row(string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static Gen<string> Fence() =>
        from text in HealthProse.PlainSentence
        from fence in Gen.Elements(("```", "```"), ("```markdown", "```"), ("~~~", "~~~"))
        select fence.Item1 + "\n" + text + "\n" + fence.Item2;

    private static Gen<string> Comment() =>
        Gen.OneOf(
            HealthProse.PlainSentence.Select(s => "<!-- " + s + " -->"),
            HealthProse.PlainSentence.Select(s => "<!--\n" + s + "\n-->"));

    /// <summary>Suppression directives before the paragraph they are about, in force, unused or misspelt.</summary>
    private static Gen<string> Directive() =>
        from directive in Gen.Elements(
            "<!-- healthlint-disable-next-line HL002 -- quoted from the advert the regulator fined -->",
            "<!-- healthlint-disable-next-line HL003 -->",
            "<!-- healthlint-disable HL002, HL003 -- a quoted advert -->",
            "<!-- healthlint-disable-nxt-line HL002 -->",
            "<!-- healthlint-disable-file HL01 -->")
        from paragraph in Paragraph()
        select directive + "\n" + paragraph;

    /// <summary>
    /// HTML blocks inside Markdown: HTML that stays HTML up to the next blank line, and elements that open around
    /// Markdown blocks, some of which hide them.
    /// </summary>
    private static Gen<string> RawHtml(int depth) =>
        Gen.OneOf(
            from html in StructuredHtml.Blocks(depth, 2)
            select "<div class=\"callout\">\n" + html + "\n</div>",
            from paragraph in StructuredHtml.Paragraph()
            select paragraph.EndsWith("</p>", StringComparison.Ordinal) ? paragraph : paragraph + "</p>",
            from open in Gen.Elements("<div hidden>", "<div style=\"display:none\">", "<div class=\"note\">", "<section>")
            from inner in Blocks(depth, 2)
            select open + "\n\n" + inner + "\n\n</" + open[1..].Split(' ', '>')[0] + ">",
            from summary in HealthProse.PlainSentence
            from inner in Blocks(depth, 2)
            select "<details>\n<summary>" + summary + "</summary>\n\n" + inner + "\n\n</details>");

    private static Gen<string> Sentence() =>
        from sentence in HealthProse.Sentence
        from text in Inline(sentence.Words, InlineDepth, inLink: false)
        from citation in Citation()
        select text + citation + sentence.End;

    private static Gen<string> Citation() =>
        Gen.Frequency(
            (6, Gen.Constant("")),
            (2, HealthProse.AuthorYear.Select(c => " " + c)),
            (2, HealthProse.Url.Select(u => " ([source](" + u + "))")),
            (1, Gen.Elements("[^1]", "[^2]")),
            (1, Gen.Constant(" <cite>WHO guideline on arthritis, 2023</cite>")),
            (1, Gen.Constant("<sup><a href=\"#fn1\">1</a></sup>")),
            (1, Gen.Constant(" [3]")));

    /// <summary>The words in runs, each run plain or inside emphasis, a link, a code span or inline HTML.</summary>
    private static Gen<string> Inline(string[] words, int depth, bool inLink) =>
        depth <= 0
            ? Gen.Constant(string.Join(' ', words))
            : from runs in HealthProse.Runs(words)
              from parts in Gen.CollectToArray(runs, run => Wrap(run, depth - 1, inLink))
              select string.Join(' ', parts);

    private static Gen<string> Wrap(string[] run, int depth, bool inLink)
    {
        var wraps = new List<(int, Gen<string>)>
        {
            (4, Gen.Constant(string.Join(' ', run))),
            (3, from inner in Inline(run, depth, inLink)
                from mark in Gen.Elements(inner.StartsWith('~') || inner.EndsWith('~') ? Emphasis[..^1] : Emphasis)
                select mark + inner + mark),
            (1, from tag in Gen.Elements("em", "b", "span class=\"highlight\"")
                from inner in Inline(run, depth, inLink)
                select $"<{tag}>{inner}</{tag.Split(' ')[0]}>"),
            (1, Inline(run, depth, inLink).Select(inner => inner + "<!-- note -->")),
        };
        if (!inLink)
        {
            // Markdown allows no link inside a link text; the outer brackets would turn into literal text.
            wraps.Add((2, from url in HealthProse.Url
                          from inner in Inline(run, depth, inLink: true)
                          select "[" + inner + "](" + url + ")"));
        }

        if (!run.Any(word => word.Contains('&', StringComparison.Ordinal)))
        {
            // A code span shows a character reference as written, not decoded, which no writer intends.
            wraps.Add((1, Gen.Constant("`" + string.Join(' ', run) + "`")));
        }

        return Gen.Frequency(wraps);
    }
}
