using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HealthLint.Parsing.Html;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Where the HTML parser records each element's start tag: the positions text alignment hangs on.</summary>
public class PositionedHtmlParserTests
{
    private static string[] Starts(IEnumerable<INode> roots, ElementStarts starts) =>
        roots.SelectMany(root => root.DescendantsAndSelf<IElement>()).Select(e => $"{e.LocalName}@{starts.IndexOf(e)}").ToArray();

    [Fact]
    public void Elements_from_tags_start_at_their_tag_and_implied_ones_nowhere()
    {
        const string source = "<title>T</title>\n<p class=\"a b\">One <b>two</b></p><ul><li>x</ul>";
        using var document = new PositionedHtmlParser().ParseDocument(source, out var starts);

        Assert.Equal(
            ["html@-1", "head@-1", "title@0", "body@-1", "p@17", "b@36", "ul@50", "li@54"],
            Starts([document.DocumentElement], starts));
    }

    [Theory]
    // Reopening the formatting elements still open when </p> closed the first paragraph.
    [InlineData("<p><b>one</p><p>two</b></p>", "b@3 b@-1")]
    // The adoption agency: </b> inside a paragraph that <b> holds moves the paragraph out, with a copy of <b> inside.
    [InlineData("<b><p>x</b>y</p>", "b@0 b@-1")]
    public void Elements_the_parser_copies_to_repair_misnesting_start_nowhere(string source, string expected)
    {
        using var document = new PositionedHtmlParser().ParseDocument(source, out var starts);

        Assert.Equal(expected, string.Join(' ', document.QuerySelectorAll("b").Select(b => $"b@{starts.IndexOf(b)}")));
    }

    [Fact]
    public void Foreign_and_template_elements_start_at_their_tags_but_the_foreign_root()
    {
        const string source = "<svg><circle/></svg><template><i>t</i></template>";
        using var document = new PositionedHtmlParser().ParseDocument(source, out var starts);

        var template = (IHtmlTemplateElement)document.QuerySelector("template")!;
        // AngleSharp makes the <svg> element from HTML content without the tag's position, as it did when it kept
        // start tag tokens; the reader then anchors its content to the nearest element whose start is known.
        Assert.Equal(
            ["svg@-1", "circle@5", "template@20", "i@30"],
            Starts([document.QuerySelector("svg")!, template], starts).Concat(Starts(template.Content.ChildNodes, starts)));
    }

    [Fact]
    public void A_fragment_s_elements_start_where_they_do_in_the_fragment()
    {
        const string fragment = "<div>a <em>b</em></div>";
        var nodes = new PositionedHtmlParser().ParseBodyFragment(fragment, out var starts);

        // The context the fragment is parsed in (an empty document's body) is not part of it.
        Assert.Equal(["div@0", "em@7"], Starts(nodes, starts));
    }

    [Fact]
    public void Each_parse_has_its_own_positions()
    {
        var parser = new PositionedHtmlParser();
        using var first = parser.ParseDocument("<p>a</p>", out var firstStarts);
        using var second = parser.ParseDocument("  <p>b</p>", out var secondStarts);

        var firstParagraph = first.QuerySelector("p")!;
        var secondParagraph = second.QuerySelector("p")!;
        Assert.Equal(0, firstStarts.IndexOf(firstParagraph));
        Assert.Equal(2, secondStarts.IndexOf(secondParagraph));
        Assert.Equal(-1, secondStarts.IndexOf(firstParagraph));
    }
}
