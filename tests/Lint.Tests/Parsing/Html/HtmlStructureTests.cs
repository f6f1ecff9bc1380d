using HealthLint.Documents;
using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>What the reader makes of HTML structure: block kinds and contexts, links, citations, anchors, metadata and hidden text.</summary>
public class HtmlStructureTests
{
    private static ProseBlock Block(Document document, string text) => Assert.Single(document.Blocks, b => b.Text == text);

    [Fact]
    public void Headings_take_their_level()
    {
        var document = HtmlReader.Read("<h1>One</h1><h3>Three <em>em</em></h3><h6>Six</h6><p>Para</p>");
        Assert.Equal([(BlockKind.Heading, 1), (BlockKind.Heading, 3), (BlockKind.Heading, 6), (BlockKind.Paragraph, 0)], document.Blocks.Select(b => (b.Kind, b.HeadingLevel)));
        Assert.Equal("Three em", document.Blocks[1].Text);
    }

    [Fact]
    public void List_items_and_definitions_are_list_items_in_a_list()
    {
        var document = HtmlReader.Read("<ul><li>one</li><li>two<p>inner para</p></li></ul><dl><dt>term</dt><dd>definition</dd></dl>");
        foreach (var text in new[] { "one", "two", "inner para", "term", "definition" })
        {
            var block = Block(document, text);
            Assert.Equal(BlockKind.ListItem, block.Kind);
            Assert.True(block.Context.HasFlag(BlockContext.List), text);
        }
    }

    [Fact]
    public void Table_cells_are_cells_and_header_cells_say_so()
    {
        var document = HtmlReader.Read("<table><caption>Caption</caption><tr><th>Head</th><td>Data</td></tr></table>");
        var head = Block(document, "Head");
        var data = Block(document, "Data");
        Assert.Equal(BlockKind.TableCell, head.Kind);
        Assert.Equal(BlockContext.Table | BlockContext.TableHeader, head.Context);
        Assert.Equal(BlockKind.TableCell, data.Kind);
        Assert.Equal(BlockContext.Table, data.Context);
        Assert.Equal(BlockContext.Table, Block(document, "Caption").Context);
    }

    [Theory]
    [InlineData("blockquote", "Quote")]
    [InlineData("aside", "Aside")]
    [InlineData("footer", "Footer")]
    public void Paragraphs_in_a_container_take_its_kind(string container, string kindName)
    {
        var kind = Enum.Parse<BlockKind>(kindName);
        var context = Enum.Parse<BlockContext>(kindName);
        var document = HtmlReader.Read($"<{container}><p>Inside para.</p>Loose text.</{container}><p>Outside.</p>");
        Assert.Equal((kind, context), (Block(document, "Inside para.").Kind, Block(document, "Inside para.").Context));
        Assert.Equal((kind, context), (Block(document, "Loose text.").Kind, Block(document, "Loose text.").Context));
        Assert.Equal((BlockKind.Paragraph, BlockContext.None), (Block(document, "Outside.").Kind, Block(document, "Outside.").Context));
    }

    [Fact]
    public void Contexts_record_every_container()
    {
        var document = HtmlReader.Read("<header><p>Top</p></header><blockquote><ul><li>Quoted item</li></ul></blockquote><footer><aside><h2>Note</h2></aside></footer>");
        Assert.Equal(BlockContext.Header, Block(document, "Top").Context);
        var item = Block(document, "Quoted item");
        Assert.Equal(BlockKind.ListItem, item.Kind);
        Assert.Equal(BlockContext.Quote | BlockContext.List, item.Context);
        var note = Block(document, "Note");
        Assert.Equal(BlockKind.Heading, note.Kind);
        Assert.Equal(BlockContext.Footer | BlockContext.Aside, note.Context);
    }

    [Fact]
    public void Footnote_lists_are_marked()
    {
        var document = HtmlReader.Read("<p>Claim.</p><section class=\"footnotes\" role=\"doc-endnotes\"><ol><li id=\"fn1\">Smith 2020.</li></ol></section>");
        Assert.True(Block(document, "Smith 2020.").Context.HasFlag(BlockContext.Footnote));
        Assert.False(Block(document, "Claim.").Context.HasFlag(BlockContext.Footnote));
    }

    [Fact]
    public void Block_level_elements_split_blocks_and_inline_ones_do_not()
    {
        var document = HtmlReader.Read("<body>Loose <b>bold</b> text<div>In div <span>span</span></div>after div<section><p>p1</p><p>p2</p></section></body>");
        Assert.Equal(["Loose bold text", "In div span", "after div", "p1", "p2"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Links_cover_their_text_and_are_classified()
    {
        var document = HtmlReader.Read(
            "<p>See <a href=\"https://example.org/x\">the  study</a>, <a href=\"/about\">about</a>, <a href=\"mailto:a@b.c\">mail</a>"
            + " and a note<sup><a href=\"#fn1\">1</a></sup>.</p>");
        var block = Assert.Single(document.Blocks);
        Assert.Equal("See the study, about, mail and a note1.", block.Text);
        var links = block.Links.Select(l => (block.Text[l.Start..l.End], l.Target, l.Kind)).ToList();
        Assert.Equal(
            [("the study", "https://example.org/x", LinkKind.External), ("about", "/about", LinkKind.Relative), ("mail", "mailto:a@b.c", LinkKind.Other), ("1", "#fn1", LinkKind.InPage)],
            links);
    }

    [Fact]
    public void A_link_around_blocks_is_split_into_each_block()
    {
        var document = HtmlReader.Read("<a href=\"https://example.org\">before<div>inside</div>after</a>");
        Assert.Equal(["before", "inside", "after"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal((0, b.Text.Length), (Assert.Single(b.Links).Start, b.Links[0].End)));
    }

    [Fact]
    public void Empty_links_and_anchors_without_href_are_handled()
    {
        var document = HtmlReader.Read("<p>Text<a href=\"#ref\"></a> and <a name=\"here\">named</a>.</p>");
        var block = Assert.Single(document.Blocks);
        var link = Assert.Single(block.Links);
        Assert.Equal((4, 4, LinkKind.InPage), (link.Start, link.End, link.Kind));
        Assert.Contains("here", document.Anchors);
    }

    [Fact]
    public void Cite_elements_are_citation_markers_over_their_text()
    {
        var document = HtmlReader.Read("<p>As reported in <cite>The  Lancet</cite>, it helps.</p>");
        var block = Assert.Single(document.Blocks);
        var marker = Assert.Single(block.Markers);
        Assert.Equal(MarkerKind.Cite, marker.Kind);
        Assert.Equal("The Lancet", block.Text[marker.Start..marker.End]);
        Assert.Equal("The Lancet", marker.Label);
    }

    [Fact]
    public void Ids_and_named_anchors_are_anchors()
    {
        var document = HtmlReader.Read("<h2 id=\"refs\">Refs</h2><ol><li id=\"fn1\">One</li></ol><a name=\"old-style\"></a><div hidden id=\"hidden-target\"></div>");
        Assert.Equal(new HashSet<string>(["refs", "fn1", "old-style", "hidden-target"]), document.Anchors.ToHashSet());
    }

    [Fact]
    public void Title_meta_and_json_ld_are_metadata()
    {
        const string jsonLd = "{\"@type\": \"MedicalWebPage\", \"reviewedBy\": \"Dr. A\"}";
        var document = HtmlReader.Read(
            "<html><head><title> The   title </title><meta name=\"description\" content=\"About things\">"
            + "<meta property=\"og:type\" content=\"article\"><meta charset=\"utf-8\">"
            + $"<script type=\"application/ld+json\">{jsonLd}</script><script type=\"application/ld+json\">[2]</script></head><body><p>Body.</p></body></html>");
        Assert.Equal("The title", document.Metadata["title"]);
        Assert.Equal("About things", document.Metadata["DESCRIPTION"]);
        Assert.Equal("article", document.Metadata["og:type"]);
        Assert.Equal(jsonLd, document.Metadata["jsonld"]);
        Assert.Equal("[2]", document.Metadata["jsonld#2"]);
        Assert.Equal(["Body."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Invisible_text_is_hidden_text_with_its_reason()
    {
        var document = HtmlReader.Read(
            "<p>Shown.</p><!-- not a substitute for medical advice --><script>var a;</script><style>p{}</style>"
            + "<template><p>templated</p></template><noscript>no script</noscript><nav>menu</nav><div hidden>hidden div</div>"
            + "<span aria-hidden=\"true\">aria</span><p style=\"Display :NONE\">styled</p><p style=\"visibility: hidden\">invisible</p>"
            + "<dialog>closed dialog</dialog><pre>code block</pre>");
        Assert.Equal(["Shown."], document.Blocks.Select(b => b.Text));
        Assert.Equal(
            [
                (HiddenReason.Comment, "not a substitute for medical advice"), (HiddenReason.Script, "var a;"), (HiddenReason.Style, "p{}"),
                (HiddenReason.Template, "templated"), (HiddenReason.NoScript, "no script"), (HiddenReason.Navigation, "menu"),
                (HiddenReason.HiddenElement, "hidden div"), (HiddenReason.HiddenElement, "aria"), (HiddenReason.HiddenElement, "styled"),
                (HiddenReason.HiddenElement, "invisible"), (HiddenReason.HiddenElement, "closed dialog"), (HiddenReason.Code, "code block"),
            ],
            document.Hidden.Select(h => (h.Reason, h.Text)));
    }

    [Fact]
    public void Hidden_text_maps_exactly_and_scripts_inside_hidden_regions_are_left_out()
    {
        const string source = "<div hidden>\r\n  This is <b>not</b> medical advice.<script>var x;</script><p>Second &amp; last.</p></div>";
        var document = HtmlReader.Read(source);
        var hidden = Assert.Single(document.Hidden);
        Assert.Equal("This is not medical advice. Second & last.", hidden.Text);
        var at = hidden.Text.IndexOf("medical", StringComparison.Ordinal);
        Assert.Equal((source.IndexOf("medical", StringComparison.Ordinal), source.IndexOf("medical", StringComparison.Ordinal) + 7), hidden.Map.Map(at, at + 7));
        var amp = hidden.Text.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal((source.IndexOf("&amp;", StringComparison.Ordinal), source.IndexOf("&amp;", StringComparison.Ordinal) + 5), hidden.Map.Map(amp, amp + 1));
    }

    [Theory]
    [InlineData("<section>\n  <pre>\n  Not a substitute for medical advice.\n  </pre>\n</section>")]
    [InlineData("<pre>\r\n    Not a substitute for medical advice.</pre>")]
    [InlineData("<listing>\n\tNot a substitute for medical advice.</listing>")]
    public void Code_whose_first_line_is_indented_maps_to_its_text_not_to_its_tag(string source)
    {
        var hidden = Assert.Single(HtmlReader.Read(source).Hidden);

        var at = hidden.Text.IndexOf("medical", StringComparison.Ordinal);
        var expected = source.IndexOf("medical", StringComparison.Ordinal);
        Assert.Equal((expected, expected + 7), hidden.Map.Map(at, at + 7));
    }

    [Fact]
    public void A_hidden_inline_element_does_not_split_its_paragraph()
    {
        var document = HtmlReader.Read("<p>Visible <span hidden>secret</span> text <script>x()</script>goes on.</p>");
        Assert.Equal(["Visible text goes on."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Line_breaks_become_newlines_mapped_to_the_tag()
    {
        const string source = "<p>One<br>two <br />  three</p>";
        var block = Assert.Single(HtmlReader.Read(source).Blocks);
        Assert.Equal("One\ntwo\nthree", block.Text);
        Assert.Equal((6, 10), block.Map.Map(3, 4));
        Assert.Equal((14, 20), block.Map.Map(7, 8));
    }

    [Fact]
    public void Foster_parented_text_keeps_its_own_position()
    {
        const string source = "<table><tr><td>cell</td></tr>stray words</table>";
        var document = HtmlReader.Read(source);
        var stray = Block(document, "stray words");
        Assert.Equal((source.IndexOf("stray", StringComparison.Ordinal), source.IndexOf("</table>", StringComparison.Ordinal)), stray.Map.Map(0, stray.Text.Length));
        var cell = Block(document, "cell");
        Assert.Equal(source.IndexOf("cell", StringComparison.Ordinal), cell.Map.SourceStart(0));
    }

    [Fact]
    public void Repeated_text_maps_to_each_occurrence_in_turn()
    {
        const string source = "<p>same words</p><p>same words</p><p>same <b>words</b></p>";
        var document = HtmlReader.Read(source);
        Assert.Equal([3, 20, 37], document.Blocks.Select(b => b.Map.SourceStart(0)));
    }
}
