using FsCheck;
using FsCheck.Fluent;

namespace HealthLint.Tests.Properties;

/// <summary>
/// Generates HTML articles as publishers write them: a page with head, navigation, scripts, styles and footer, or
/// a bare fragment, around paragraphs, headings, nested lists, blockquotes, tables, comments, hidden and
/// collapsible sections and code, with health claims marked up by nested inline elements and character
/// references. Nesting deepens with the generator's size and stays bounded.
/// </summary>
internal static class StructuredHtml
{
    private const int MaxDepth = 3;

    /// <summary>How many inline elements may nest around a word.</summary>
    private const int InlineDepth = 3;

    /// <summary>A whole article: a page or a fragment, with LF, CRLF or CR line ends.</summary>
    public static Gen<string> Document { get; } = Gen.Sized(size =>
        from blocks in Blocks(Depth(size), 1 + (size / 8))
        from page in Gen.Frequency((3, Page(blocks)), (1, Gen.Constant(blocks + "\n")))
        from lineEnd in Gen.Frequency((6, Gen.Constant("\n")), (2, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        select page.Replace("\n", lineEnd, StringComparison.Ordinal));

    /// <summary>
    /// Blocks joined by single line breaks, never by a blank line, so that Markdown keeps them together as one raw
    /// HTML block.
    /// </summary>
    public static Gen<string> Blocks(int depth, int count) =>
        from n in Gen.Choose(1, Math.Max(1, count))
        from blocks in Block(depth).ArrayOf(n)
        select string.Join('\n', blocks);

    /// <summary>A paragraph element of one to three sentences.</summary>
    public static Gen<string> Paragraph() =>
        from text in Sentences()
        from close in Gen.Frequency((5, Gen.Constant("</p>")), (1, Gen.Constant("")))
        select "<p>" + text + close;

    private static int Depth(int size) => Math.Min(MaxDepth, 1 + (size / 30));

    private static Gen<string> Page(string blocks) =>
        from title in HealthProse.PlainSentence
        from head in Gen.Elements(
            "",
            "<style>body { font-family: sans-serif; } .note > p::before { content: \"Note: \"; }</style>\n",
            "<script>var claim = \"This cures everything\"; if (a < b && b > c) { track('&amp;'); }</script>\n")
        from nav in Gen.Elements(
            "",
            "<nav><a href=\"/\">Home</a> | <a href=\"/health\">Health &amp; wellness</a> | <a href=\"/about\">About us</a></nav>\n",
            "<nav aria-label=\"breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li>Joint pain</li></ol></nav>\n")
        from disclaimer in Gen.Frequency((1, HealthProse.Disclaimer.Select(d => "<p class=\"disclaimer\">" + d + "</p>")), (1, Gen.Constant("")))
        from footer in Gen.Elements(true, false)
        from wrapper in Gen.Elements(("<main>\n<article>\n", "\n</article>\n</main>"), ("<article>\n", "\n</article>"), ("", ""))
        select "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n" + head
            + "</head>\n<body>\n" + nav + "<header><h1>" + title + "</h1></header>\n"
            + wrapper.Item1 + blocks + wrapper.Item2 + "\n"
            + (footer ? "<footer>\n" + disclaimer + "\n<p>&copy; 2024 Health Site &middot; <a href=\"/privacy\">Privacy</a></p>\n</footer>\n" : disclaimer + "\n")
            + "<script src=\"/js/app.js\"></script>\n</body>\n</html>";

    private static Gen<string> Block(int depth)
    {
        var blocks = new List<(int, Gen<string>)>
        {
            (6, Paragraph()),
            (2, Heading()),
            (2, Table()),
            (2, Comment()),
            (1, Directive()),
            (1, Code()),
            (1, Figure()),
            (1, Gen.Constant("<hr>")),
            (1, DefinitionList()),
            (1, HealthProse.PlainSentence.Select(s => "<script>document.title = \"" + s + "\";</script>")),
        };
        if (depth > 0)
        {
            blocks.Add((3, List(depth - 1)));
            blocks.Add((2, Container(depth - 1)));
            blocks.Add((1, Hidden(depth - 1)));
            blocks.Add((1, Details(depth - 1)));
        }

        return Gen.Frequency(blocks);
    }

    private static Gen<string> Heading() =>
        from level in Gen.Choose(2, 6)
        from sentence in HealthProse.Sentence
        from text in Inline(sentence.Words, InlineDepth, inLink: false)
        select $"<h{level}>{text}{sentence.End}</h{level}>";

    private static Gen<string> List(int depth) =>
        from tag in Gen.Elements("ul", "ol")
        from n in Gen.Choose(1, 4)
        from items in ListItem(depth).ArrayOf(n)
        select $"<{tag}>\n" + string.Join('\n', items) + $"\n</{tag}>";

    private static Gen<string> ListItem(int depth)
    {
        var bodies = new List<(int, Gen<string>)> { (3, Sentences()), (1, Paragraph()) };
        if (depth > 0)
        {
            bodies.Add((2, from text in Sentences() from nested in List(depth - 1) select text + "\n" + nested));
            bodies.Add((1, Blocks(depth - 1, 2)));
        }

        return from body in Gen.Frequency(bodies)
               from close in Gen.Frequency((4, Gen.Constant("</li>")), (1, Gen.Constant("")))
               select "<li>" + body + close;
    }

    private static Gen<string> Container(int depth) =>
        from open in Gen.Elements("<blockquote>", "<div class=\"note\">", "<section>", "<aside class=\"callout\">", "<div>")
        from inner in Blocks(depth, 3)
        select open + "\n" + Indent(inner) + "\n" + CloseOf(open);

    private static Gen<string> Hidden(int depth) =>
        from open in Gen.Elements("<div hidden>", "<div style=\"display: none\">", "<section aria-hidden=\"true\">", "<template>")
        from inner in Blocks(depth, 2)
        select open + "\n" + inner + "\n" + CloseOf(open);

    private static Gen<string> Details(int depth) =>
        from summary in HealthProse.PlainSentence
        from inner in Blocks(depth, 2)
        select "<details>\n<summary>" + summary + "</summary>\n" + inner + "\n</details>";

    private static Gen<string> DefinitionList() =>
        from term in Gen.Elements("Arthritis", "Inflammation", "Caf&eacute;ine")
        from definition in Sentences()
        select "<dl>\n<dt>" + term + "</dt>\n<dd>" + definition + "</dd>\n</dl>";

    private static Gen<string> Table() =>
        from columns in Gen.Choose(1, 3)
        from header in HealthProse.PlainSentence.ArrayOf(columns)
        from rowCount in Gen.Choose(1, 3)
        from rows in Sentences().ArrayOf(columns).ArrayOf(rowCount)
        from caption in Gen.Elements("", "<caption>Evidence &amp; claims</caption>\n")
        from body in Gen.Elements(("<tbody>\n", "</tbody>\n"), ("", ""))
        select "<table>\n" + caption
            + "<thead><tr>" + string.Concat(header.Select(h => "<th>" + h + "</th>")) + "</tr></thead>\n"
            + body.Item1 + string.Concat(rows.Select(row => "<tr>" + string.Concat(row.Select(cell => "<td>" + cell + "</td>")) + "</tr>\n")) + body.Item2
            + "</table>";

    private static Gen<string> Figure() =>
        from alt in HealthProse.PlainSentence
        from caption in Sentences()
        select "<figure>\n<img src=\"/img/joint.png\" alt=\"" + alt + "\">\n<figcaption>" + caption + "</figcaption>\n</figure>";

    private static Gen<string> Code() =>
        from text in HealthProse.PlainSentence
        from open in Gen.Elements(("<pre><code>", "</code></pre>"), ("<pre>\n", "\n</pre>"), ("<code>", "</code>"))
        select open.Item1 + text + open.Item2;

    private static Gen<string> Comment() =>
        Gen.OneOf(
            HealthProse.PlainSentence.Select(s => "<!-- " + s + " -->"),
            HealthProse.PlainSentence.Select(s => "<!--\n  " + s + "\n-->"));

    /// <summary>Suppression directives before the paragraph they are about, in force, unused or misspelt.</summary>
    private static Gen<string> Directive() =>
        from directive in Gen.Elements(
            "<!-- healthlint-disable-next-line HL002 -- quoted from the advert the regulator fined -->",
            "<!-- healthlint-disable-next-line HL003 -->",
            "<!-- healthlint-disable HL003 -- the evidence section below cites every claim -->",
            "<!-- healthlint-enable HL003 -->",
            "<!-- healthlint-disable-nxt-line HL002 -->",
            "<!-- healthlint-disable-file HL01 -->")
        from paragraph in Paragraph()
        select directive + "\n" + paragraph;

    /// <summary>One to three sentences, on one line or on several.</summary>
    private static Gen<string> Sentences() =>
        from n in Gen.Choose(1, 3)
        from sentences in Sentence().ArrayOf(n)
        from separator in Gen.Elements(" ", " ", "\n", " <br>\n", "<br>")
        select string.Join(separator, sentences);

    private static Gen<string> Sentence() =>
        from sentence in HealthProse.Sentence
        from text in Inline(sentence.Words, InlineDepth, inLink: false)
        from citation in Citation()
        select text + citation + sentence.End;

    private static Gen<string> Citation() =>
        Gen.Frequency(
            (6, Gen.Constant("")),
            (2, HealthProse.AuthorYear.Select(c => " " + c)),
            (2, HealthProse.Url.Select(u => " (<a href=\"" + u + "\">source</a>)")),
            (1, Gen.Constant("<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup>")),
            (1, Gen.Constant(" <cite>WHO guideline on arthritis, 2023</cite>")),
            (1, Gen.Constant(" [3]")));

    /// <summary>The words in runs, each run plain or inside an inline element that may hold further elements.</summary>
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
            (3, from tag in Gen.Elements("em", "strong", "b", "i", "mark", "span class=\"highlight\"", "abbr title=\"a &quot;term&quot;\"")
                from inner in Inline(run, depth, inLink)
                select $"<{tag}>{inner}</{tag.Split(' ')[0]}>"),
            (1, Inline(run, depth, inLink).Select(inner => "<span hidden>hidden note</span>" + inner)),
            (1, Inline(run, depth, inLink).Select(inner => inner + "<!-- inline note -->")),
        };
        if (!inLink)
        {
            // A link inside a link is not HTML a publisher writes; the parser would close the outer one.
            wraps.Add((2, from url in HealthProse.Url
                          from inner in Inline(run, depth, inLink: true)
                          select $"<a href=\"{url}\">{inner}</a>"));
        }

        return Gen.Frequency(wraps);
    }

    private static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : "  " + line));

    private static string CloseOf(string open) => "</" + open[1..].Split(' ', '>')[0] + ">";
}
