using AngleSharp.Dom;
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
        Assert.Equal(source.IndexOf("<b>", StringComparison.Ordinal), starts.IndexOf(document.QuerySelector("b")!));
    }

    [Fact]
    public void Elements_the_parser_copies_to_repair_misnesting_start_nowhere()
    {
        // The adoption agency closes <b> at </p> and opens a copy of it in the next paragraph: the copy has no tag.
        const string source = "<p><b>one</p><p>two</b></p>";
        using var document = new PositionedHtmlParser().ParseDocument(source, out var starts);

        var bold = document.QuerySelectorAll("b");
        Assert.Equal(2, bold.Length);
        Assert.Equal(3, starts.IndexOf(bold[0]));
        Assert.Equal(-1, starts.IndexOf(bold[1]));
    }

    [Fact]
    public void A_fragment_s_elements_start_where_they_do_in_the_fragment()
    {
        const string fragment = "<div>a <em>b</em></div>";
        var nodes = new PositionedHtmlParser().ParseBodyFragment(fragment, out var starts);

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
