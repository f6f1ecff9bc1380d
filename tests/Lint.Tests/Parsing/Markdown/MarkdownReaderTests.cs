using HealthLint.Documents;
using HealthLint.Parsing;
using HealthLint.Parsing.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthLint.Tests.Parsing.Markdown;

public class MarkdownReaderTests
{
    [Fact]
    public void Headings_paragraphs_lists_quotes_tables_and_footnotes_have_their_kind_and_context()
    {
        var document = MarkdownReader.Read(string.Join('\n',
            "## Title",
            "",
            "Body text.",
            "",
            "- item one",
            "  - nested item",
            "",
            "> quoted",
            "> - quoted item",
            "",
            "| Head |",
            "|------|",
            "| cell |",
            "",
            "Ref[^a].",
            "",
            "[^a]: Footnote text.",
            "",
            "    - footnote item"));

        var blocks = document.Blocks.Select(b => (b.Text, b.Kind, b.Context, b.HeadingLevel)).ToList();
        Assert.Equal(
            [
                ("Title", BlockKind.Heading, BlockContext.None, 2),
                ("Body text.", BlockKind.Paragraph, BlockContext.None, 0),
                ("item one", BlockKind.ListItem, BlockContext.List, 0),
                ("nested item", BlockKind.ListItem, BlockContext.List, 0),
                ("quoted", BlockKind.Quote, BlockContext.Quote, 0),
                ("quoted item", BlockKind.ListItem, BlockContext.Quote | BlockContext.List, 0),
                ("Head", BlockKind.TableCell, BlockContext.Table | BlockContext.TableHeader, 0),
                ("cell", BlockKind.TableCell, BlockContext.Table, 0),
                ("Ref .", BlockKind.Paragraph, BlockContext.None, 0),
                ("Footnote text.", BlockKind.Paragraph, BlockContext.Footnote, 0),
                ("footnote item", BlockKind.ListItem, BlockContext.Footnote | BlockContext.List, 0),
            ],
            blocks);
    }

    [Fact]
    public void Setext_and_atx_headings_have_their_level()
    {
        var document = MarkdownReader.Read("Top\n===\n\nSecond\n---\n\n###### Sixth ######\n\n#\tTabbed\n");

        Assert.Equal([("Top", 1), ("Second", 2), ("Sixth", 6), ("Tabbed", 1)], document.Blocks.Select(b => (b.Text, b.HeadingLevel)));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Heading, b.Kind));
        Assert.Equal(document.Source.IndexOf("Tabbed", StringComparison.Ordinal), document.Blocks[3].Map.SourceStart(0));
    }

    [Fact]
    public void Reading_on_many_threads_gives_the_same_documents()
    {
        var sources = MarkdownFixtures.Names().Select(MarkdownFixtures.Load).ToArray();
        var expected = sources.Select(s => Snapshot(MarkdownReader.Read(s))).ToArray();

        var actual = new string[sources.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = Snapshot(MarkdownReader.Read(sources[i % sources.Length])));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % sources.Length], actual[i]);
        }
    }

    [Fact]
    public void Footnote_references_and_links_inside_hidden_html_make_no_markers_or_links()
    {
        var document = MarkdownReader.Read("Shown <span hidden>gone[^1] [x](https://x.example)</span> text.\n\n[^1]: Note.\n");

        var block = document.Blocks[0];
        Assert.Equal("Shown text.", block.Text);
        Assert.Empty(block.Markers);
        Assert.Empty(block.Links);
        Assert.Equal("gone x", Assert.Single(document.Hidden).Text);
    }

    [Fact]
    public void Each_paragraph_of_a_list_item_is_its_own_block()
    {
        var document = MarkdownReader.Read("- first paragraph\n\n  second paragraph\n- next item\n");

        Assert.Equal(["first paragraph", "second paragraph", "next item"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void A_quote_inside_a_list_item_makes_quote_blocks()
    {
        var block = Assert.Single(MarkdownReader.Read("- > inner\n").Blocks);

        Assert.Equal(BlockKind.Quote, block.Kind);
        Assert.Equal(BlockContext.List | BlockContext.Quote, block.Context);
    }

    [Fact]
    public void Links_record_their_text_range_target_and_kind()
    {
        var source = "See [the study](https://example.org/s), [our page](/about), [notes](#fn1), "
            + "[mail](mailto:a@b.example), <https://auto.example> and www.example.net.\n\n"
            + "A [reference][r] link.\n\n[r]: http://ref.example\n";
        var blocks = MarkdownReader.Read(source).Blocks;

        var links = blocks[0].Links.Select(l => (blocks[0].Text[l.Start..l.End], l.Target, l.Kind)).ToList();
        Assert.Equal(
            [
                ("the study", "https://example.org/s", LinkKind.External),
                ("our page", "/about", LinkKind.Relative),
                ("notes", "#fn1", LinkKind.InPage),
                ("mail", "mailto:a@b.example", LinkKind.Other),
                ("https://auto.example", "https://auto.example", LinkKind.External),
                ("www.example.net", "http://www.example.net", LinkKind.External),
            ],
            links);
        var reference = Assert.Single(blocks[1].Links);
        Assert.Equal(("reference", "http://ref.example", LinkKind.External), (blocks[1].Text[reference.Start..reference.End], reference.Target, reference.Kind));
    }

    [Fact]
    public void Email_autolinks_link_to_mailto()
    {
        var link = Assert.Single(MarkdownReader.Read("Write <someone@example.com>.").Blocks[0].Links);

        Assert.Equal("mailto:someone@example.com", link.Target);
        Assert.Equal(LinkKind.Other, link.Kind);
    }

    [Fact]
    public void Inline_html_links_cites_and_footnote_sups_are_recorded()
    {
        var block = Assert.Single(MarkdownReader.Read(
            "As <a href=\"https://h.example/x?a=1&amp;b=2\">this trial</a> showed<sup><a href=\"#fn1\">1</a></sup>, "
            + "<cite>Smith et al.</cite> agree.").Blocks);

        Assert.Equal("As this trial showed1, Smith et al. agree.", block.Text);
        Assert.Equal(
            [("this trial", "https://h.example/x?a=1&b=2", LinkKind.External), ("1", "#fn1", LinkKind.InPage)],
            block.Links.Select(l => (block.Text[l.Start..l.End], l.Target, l.Kind)));
        var cite = Assert.Single(block.Markers);
        Assert.Equal(MarkerKind.Cite, cite.Kind);
        Assert.Equal("Smith et al.", block.Text[cite.Start..cite.End]);
        Assert.Equal("Smith et al.", cite.Label);
    }

    [Fact]
    public void Html_line_breaks_end_lines_and_block_tags_separate_words()
    {
        var block = Assert.Single(MarkdownReader.Read("one<br>two<BR/>three<p>four").Blocks);

        Assert.Equal("one\ntwo\nthree four", block.Text);
    }

    [Fact]
    public void Footnote_references_are_zero_width_markers_and_definitions_are_anchors()
    {
        var document = MarkdownReader.Read("Claim[^src] here and more[^2].\n\n[^src]: Source one.\n[^2]: Source two.\n");

        var block = document.Blocks[0];
        Assert.Equal("Claim here and more .", block.Text);
        Assert.Equal(
            [new CitationMarker(5, 5, MarkerKind.FootnoteReference, "src"), new CitationMarker(19, 19, MarkerKind.FootnoteReference, "2")],
            block.Markers);
        Assert.True(document.Anchors.SetEquals(["src", "2"]));
        Assert.Equal(["Source one.", "Source two."], document.Blocks.Skip(1).Select(b => b.Text));
        Assert.All(document.Blocks.Skip(1), b => Assert.Equal(BlockContext.Footnote, b.Context));
    }

    [Fact]
    public void Html_ids_in_inline_html_are_anchors()
    {
        var document = MarkdownReader.Read("Text <a id=\"ref-1\"></a> and <span id=\"note\">n</span>.");

        Assert.True(document.Anchors.SetEquals(["ref-1", "note"]));
    }

    [Fact]
    public void Front_matter_is_hidden_and_its_keys_are_metadata()
    {
        var source = "---\ntitle: \"Ginger\"\ntags: [a, b]\nnested:\n  key: value\nempty:\n---\nBody.\n";
        var document = MarkdownReader.Read(source);

        Assert.Equal("Ginger", document.Metadata["TITLE"]);
        Assert.Equal("a, b", document.Metadata["tags"]);
        Assert.Equal("", document.Metadata["empty"]);
        Assert.False(document.Metadata.ContainsKey("nested"));
        var hidden = Assert.Single(document.Hidden);
        Assert.Equal(HiddenReason.FrontMatter, hidden.Reason);
        Assert.Equal("--- title: \"Ginger\" tags: [a, b] nested: key: value empty: ---", hidden.Text);
        Assert.Equal((0, source.IndexOf("Body", StringComparison.Ordinal) - 1), hidden.Map.Map(0, hidden.Text.Length));
        Assert.Equal(["Body."], document.Blocks.Select(b => b.Text));
        Assert.Empty(document.ReaderNotes);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody.\n")]
    [InlineData("---\n: : :\n\t- x\n  y: [z\n---\nBody.\n")]
    [InlineData("---\nkey: value\nkey: again\n---\nBody.\n")]
    public void Malformed_front_matter_skips_metadata_with_a_note(string source)
    {
        var document = MarkdownReader.Read(source);

        Assert.Equal(["Body."], document.Blocks.Select(b => b.Text));
        Assert.Single(document.Hidden, h => h.Reason == HiddenReason.FrontMatter);
        Assert.Contains(document.ReaderNotes, n => n.Contains("front matter", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Deeply_nested_front_matter_is_not_handed_to_the_yaml_parser()
    {
        var document = MarkdownReader.Read("---\na: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\nBody.\n");

        Assert.Equal(["Body."], document.Blocks.Select(b => b.Text));
        Assert.Contains(document.ReaderNotes, n => n.Contains("nested too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_block_and_inline_are_hidden_with_their_inner_text()
    {
        var source = "<!-- block one -->\n<!-- block two -->\n\nText <!-- inline note --> after.\n";
        var document = MarkdownReader.Read(source);

        Assert.Equal(["Text after."], document.Blocks.Select(b => b.Text));
        Assert.Equal(
            [(HiddenReason.Comment, "block one"), (HiddenReason.Comment, "block two"), (HiddenReason.Comment, "inline note")],
            document.Hidden.Select(h => (h.Reason, h.Text)));
        var inline = document.Hidden[2];
        Assert.Equal(source.IndexOf("inline note", StringComparison.Ordinal), inline.Map.SourceStart(0));
    }

    [Theory]
    [InlineData("<span hidden>secret</span>", "HiddenElement")]
    [InlineData("<span aria-hidden=\"true\">secret</span>", "HiddenElement")]
    [InlineData("<span style=\"DISPLAY : none !important\">secret</span>", "HiddenElement")]
    [InlineData("<span style='visibility:hidden'>secret</span>", "HiddenElement")]
    [InlineData("<script>secret</script>", "Script")]
    [InlineData("<style>secret</style>", "Style")]
    [InlineData("<template>secret</template>", "Template")]
    [InlineData("<noscript>secret</noscript>", "NoScript")]
    public void Inline_elements_that_hide_their_content_are_not_prose(string html, string reason)
    {
        var document = MarkdownReader.Read($"Before {html} after.");

        Assert.Equal(["Before after."], document.Blocks.Select(b => b.Text));
        var hidden = Assert.Single(document.Hidden);
        Assert.Equal((reason, "secret"), (hidden.Reason.ToString(), hidden.Text));
    }

    [Fact]
    public void Visible_inline_elements_keep_their_content()
    {
        var block = Assert.Single(MarkdownReader.Read("A <span aria-hidden=\"false\" style=\"display:block\">shown</span> <b>bold</b> word.").Blocks);

        Assert.Equal("A shown bold word.", block.Text);
    }

    [Fact]
    public void An_unclosed_hiding_element_hides_the_rest_of_its_paragraph_only()
    {
        var document = MarkdownReader.Read("Shown <span hidden>hidden to the end\n\nNext paragraph.");

        Assert.Equal(["Shown", "Next paragraph."], document.Blocks.Select(b => b.Text));
        Assert.Equal("hidden to the end", Assert.Single(document.Hidden).Text);
    }

    [Theory]
    [InlineData("<div hidden>", "</div>")]
    [InlineData("<div style=\"display: none\">", "</div>")]
    [InlineData("<aside aria-hidden=\"true\">", "</aside>")]
    [InlineData("<template>", "</template>")]
    public void Markdown_between_html_blocks_that_open_and_close_a_hiding_element_is_hidden(string open, string close)
    {
        var document = MarkdownReader.Read($"Before.\n\n{open}\n\n# Hidden heading\n\n- hidden item\n\n{close}\n\nAfter.\n");

        var prose = document.Blocks.Select(b => b.Text).ToList();
        Assert.Contains("Before.", prose);
        Assert.Contains("After.", prose);
        Assert.DoesNotContain(prose, t => t.Contains("Hidden heading", StringComparison.Ordinal) || t.Contains("hidden item", StringComparison.Ordinal));
        Assert.Equal(["Hidden heading", "hidden item"], document.Hidden.Where(h => h.Text.Contains("idden", StringComparison.Ordinal)).Select(h => h.Text));
    }

    [Fact]
    public void A_hiding_element_never_closed_hides_the_rest_of_the_file_with_a_note()
    {
        var document = MarkdownReader.Read("Shown.\n\n<div hidden>\n\nHidden to the end.\n");

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Hidden to the end", StringComparison.Ordinal));
        Assert.Contains(document.Hidden, h => h.Text == "Hidden to the end.");
        Assert.Contains(document.ReaderNotes, n => n.Contains("opens on line 3 and is never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_elements_of_the_same_name_do_not_close_the_hidden_region_early()
    {
        var document = MarkdownReader.Read("<div hidden>\n<div>inner</div>\n\nStill hidden.\n\n</div>\n\nShown.\n");

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Still hidden", StringComparison.Ordinal));
        Assert.Contains(document.Hidden, h => h.Text == "Still hidden." && h.Reason == HiddenReason.HiddenElement);
        Assert.Contains(document.Blocks, b => b.Text == "Shown.");
    }

    [Fact]
    public void A_closing_html_block_hands_what_follows_the_close_to_the_html_reader()
    {
        var document = MarkdownReader.Read("<div hidden>\n\nHidden para.\n\n</div><p>Visible again</p>\n");

        Assert.Contains(document.Blocks, b => b.Text.Contains("Visible again", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Hidden para", StringComparison.Ordinal));
    }

    [Fact]
    public void Visible_html_blocks_go_to_the_html_reader_with_their_source_range()
    {
        var source = "Intro.\n\n<p>Raw html paragraph</p>\n\nOutro.\n";
        var document = MarkdownReader.Read(source);

        var block = Assert.Single(document.Blocks, b => b.Text.Contains("Raw html paragraph", StringComparison.Ordinal));
        var at = block.Text.IndexOf("Raw", StringComparison.Ordinal);
        Assert.Equal(source.IndexOf("Raw", StringComparison.Ordinal), block.Map.SourceStart(at));
    }

    [Fact]
    public void Code_images_and_task_boxes_are_not_prose()
    {
        var document = MarkdownReader.Read("```\nfenced\n```\n\n    indented\n\nUse `code` and ![alt words](x.png) now.\n\n- [ ] open task\n- [x] done task\n");

        Assert.Equal(["Use and now.", "open task", "done task"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Code_spans_leave_a_word_boundary()
    {
        Assert.Equal("word next", Assert.Single(MarkdownReader.Read("word`code`next").Blocks).Text);
    }

    [Fact]
    public void Nul_characters_become_replacement_characters_mapped_to_the_nul()
    {
        var source = "a\0b";
        var block = Assert.Single(MarkdownReader.Read(source).Blocks);

        Assert.Equal("a\uFFFDb", block.Text);
        Assert.Equal((1, 2), block.Map.Map(1, 2));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_noted_and_not_descended()
    {
        var document = new MarkdownDocument();
        ContainerBlock parent = document;
        for (var i = 0; i < MarkdownBlockWalker.MaxNestingDepth + 10; i++)
        {
            var quote = new QuoteBlock(null);
            parent.Add(quote);
            parent = quote;
        }

        var deep = new ParagraphBlock { Inline = new ContainerInline() };
        deep.Inline.AppendChild(new LiteralInline("deep"));
        parent.Add(deep);
        var shallow = new ParagraphBlock { Inline = new ContainerInline() };
        shallow.Inline.AppendChild(new LiteralInline("shallow"));
        document.Add(shallow);

        var builder = new DocumentBuilder("", DocumentFormat.Markdown);
        new MarkdownBlockWalker("", builder).Walk(document);
        var result = builder.Build();

        Assert.Equal(["shallow"], result.Blocks.Select(b => b.Text));
        Assert.Contains(result.ReaderNotes, n => n.Contains("deeper than 256 levels was not linted", StringComparison.Ordinal));
    }

    [Fact]
    public void Input_the_parser_refuses_is_read_section_by_section()
    {
        var source = "# Intro\n\nFirst section.\n\n" + new string('>', 5000) + " too deep\n\nLast section.\n";
        var document = MarkdownReader.Read(source);

        Assert.Equal(["Intro", "First section.", "Last section."], document.Blocks.Select(b => b.Text));
        Assert.Equal(source.IndexOf("Last", StringComparison.Ordinal), document.Blocks[2].Map.SourceStart(0));
        Assert.Contains(document.ReaderNotes, n => n.Contains("Lines 5-5", StringComparison.Ordinal));
        Assert.Empty(MappingChecks.Problems(document));
    }

    [Theory]
    [InlineData("links")]
    [InlineData("emphasis")]
    [InlineData("lists")]
    [InlineData("brackets")]
    public void Pathological_nesting_does_not_crash(string kind)
    {
        const int n = 3_000;
        var source = kind switch
        {
            "links" => string.Concat(Enumerable.Repeat("[a", n)) + string.Concat(Enumerable.Repeat("](b)", n)),
            "emphasis" => string.Concat(Enumerable.Repeat("*a _b ", n)) + string.Concat(Enumerable.Repeat(" c_ d*", n)),
            "lists" => string.Concat(Enumerable.Repeat("- ", n)) + "x",
            _ => new string('[', n) + "x" + new string(']', n) + "(u)",
        };

        var document = MarkdownReader.Read(source);

        Assert.Empty(MappingChecks.SpansOutsideSource(document));
    }

    private static string Snapshot(Document document)
        => string.Join("|", document.Blocks.Select(b => $"{b.Kind}/{b.Context}/{b.Text}/{b.Map.Map(0, b.Text.Length)}/{b.Links.Count}/{b.Markers.Count}"))
            + "#" + string.Join("|", document.Hidden.Select(h => $"{h.Reason}/{h.Text}"))
            + "#" + string.Join("|", document.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}={m.Value}"));
}
