using HealthLint.Documents;
using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Raw HTML inside a Markdown document, read as a body fragment with offsets into the whole source.</summary>
public class HtmlFragmentTests
{
    [Fact]
    public void Fragment_positions_are_offsets_into_the_whole_source()
    {
        const string before = "# Title\n\nSome *markdown* text.\n\n";
        const string fragment = "<div class=\"note\" id=\"note\">\n<p>It&#8217;s <a href=\"https://example.org\">sourced</a>.</p>\n</div>\n";
        var source = before + fragment + "\nMore markdown.\n";
        var builder = new DocumentBuilder(source, DocumentFormat.Markdown);
        HtmlReader.ReadFragment(source, before.Length, before.Length + fragment.Length, builder);
        var document = builder.Build();
        var block = Assert.Single(document.Blocks);
        Assert.Equal("It’s sourced.", block.Text);
        Assert.Equal((source.IndexOf("&#8217;", StringComparison.Ordinal), source.IndexOf("&#8217;", StringComparison.Ordinal) + 7), block.Map.Map(2, 3));
        var link = Assert.Single(block.Links);
        Assert.Equal(source.IndexOf("sourced", StringComparison.Ordinal), block.Map.SourceStart(link.Start));
        Assert.Contains("note", document.Anchors);
        SourceMapAssert.MapsIntoSource(document);
    }

    [Fact]
    public void Fragment_comments_and_hidden_elements_are_hidden_text()
    {
        const string source = "Intro.\n\n<!-- healthlint-disable HL002 -->\n\n<div hidden>Invisible disclaimer.</div>\n";
        var builder = new DocumentBuilder(source, DocumentFormat.Markdown);
        var commentEnd = source.IndexOf("-->", StringComparison.Ordinal) + 3;
        HtmlReader.ReadFragment(source, 8, commentEnd, builder);
        var divStart = source.IndexOf("<div", StringComparison.Ordinal);
        HtmlReader.ReadFragment(source, divStart, source.Length, builder);
        var document = builder.Build();
        Assert.Empty(document.Blocks);
        Assert.Equal([(HiddenReason.Comment, "healthlint-disable HL002"), (HiddenReason.HiddenElement, "Invisible disclaimer.")], document.Hidden.Select(h => (h.Reason, h.Text)));
        var comment = document.Hidden[0];
        Assert.Equal(source.IndexOf("healthlint", StringComparison.Ordinal), comment.Map.SourceStart(0));
        SourceMapAssert.MapsIntoSource(document);
    }

    [Fact]
    public void A_lone_start_tag_fragment_adds_nothing_and_does_not_throw()
    {
        const string source = "<details>\n\nMarkdown inside.\n\n</details>\n";
        var builder = new DocumentBuilder(source, DocumentFormat.Markdown);
        HtmlReader.ReadFragment(source, 0, 9, builder);
        HtmlReader.ReadFragment(source, source.IndexOf("</details>", StringComparison.Ordinal), source.Length, builder);
        HtmlReader.ReadFragment(source, -5, 1_000, builder);
        var document = builder.Build();
        SourceMapAssert.MapsIntoSource(document);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Markdown inside", StringComparison.Ordinal) && b.Map.SourceStart(0) < 9);
    }

    [Fact]
    public void Fragment_text_directly_in_body_is_a_paragraph()
    {
        const string source = "xx<span>inline &amp; loose</span> text";
        var builder = new DocumentBuilder(source, DocumentFormat.Markdown);
        HtmlReader.ReadFragment(source, 2, source.Length, builder);
        var block = Assert.Single(builder.Build().Blocks);
        Assert.Equal((BlockKind.Paragraph, "inline & loose text"), (block.Kind, block.Text));
        Assert.Equal(8, block.Map.SourceStart(0));
    }
}
