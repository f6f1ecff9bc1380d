using HealthLint.Parsing.Html;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>The forward scan that finds character data and comments between the markup.</summary>
public class HtmlSourceScannerTests
{
    private static string[] RunTexts(string source) =>
        HtmlSourceScanner.Scan(source, 0, source.Length).Runs.Select(r => $"{r.Kind}:{source[r.Start..r.End]}").ToArray();

    [Fact]
    public void Tags_with_quoted_and_unquoted_attributes_are_skipped()
    {
        Assert.Equal(
            ["Data:a", "Data:b", "Data:c", "Data:d"],
            RunTexts("<p title=\"x > y\">a<span data-q='<b>' class=plain>b</span><br/>c<img alt=\">\" src=x.png>d"));
    }

    [Fact]
    public void Comments_doctype_and_processing_instructions_are_markup()
    {
        const string source = "<!DOCTYPE html>a<!-- c1 -->b<!---->c<!-->d<?xml v?>e<!bogus>f</ 3>g<![CDATA[h]]>i";
        var scan = HtmlSourceScanner.Scan(source, 0, source.Length);
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "i"], scan.Runs.Select(r => source[r.Start..r.End]));
        Assert.Equal([" c1 ", string.Empty, string.Empty, "?xml v?", "bogus", " 3", "[CDATA[h]]"], scan.Comments.Select(c => source[c.DataStart..c.DataEnd]));
    }

    [Fact]
    public void Raw_text_elements_are_text_until_their_end_tag()
    {
        Assert.Equal(
            ["RawText:if (a<b) x='</p>';", "RcData:T &amp; <b>", "RawText:p{}", "Data:after"],
            RunTexts("<script>if (a<b) x='</p>';</script ><title>T &amp; <b></title><style>p{}</STYLE>after"));
        Assert.Equal(["RawText:<p>all text</p>"], RunTexts("<plaintext><p>all text</p>"));
    }

    [Fact]
    public void Cdata_is_text_only_in_foreign_content()
    {
        Assert.Equal(["CData:a < b", "Data:x"], RunTexts("<svg><![CDATA[a < b]]></svg>x"));
        Assert.Equal(["Data:x"], RunTexts("<![CDATA[a < b]]>x"));
    }

    [Fact]
    public void A_lone_angle_bracket_is_text()
    {
        Assert.Equal(["Data:a < b <3 <", "Data:c"], RunTexts("a < b <3 <<p>c"));
    }

    [Fact]
    public void Markup_nested_past_the_guard_is_blanked_keeping_offsets()
    {
        var deep = HtmlSourceScanner.GuardDepth + 20;
        var source = string.Concat(Enumerable.Repeat("<div>", deep)) + "deep" + string.Concat(Enumerable.Repeat("</div>", deep)) + "<p>after</p>";
        var scan = HtmlSourceScanner.Scan(source, 0, source.Length);
        Assert.True(scan.Blanked);
        Assert.Equal(source.Length, scan.Text.Length);
        var blankStart = HtmlSourceScanner.GuardDepth * "<div>".Length;
        var blankEnd = source.Length - "<p>after</p>".Length - (HtmlSourceScanner.GuardDepth * "</div>".Length);
        Assert.Equal(new string(' ', blankEnd - blankStart), scan.Text[blankStart..blankEnd]);
        Assert.Equal(source[..blankStart], scan.Text[..blankStart]);
        Assert.Equal(source[blankEnd..], scan.Text[blankEnd..]);
    }

    [Fact]
    public void Elements_that_close_themselves_do_not_count_as_nesting()
    {
        var source = string.Concat(Enumerable.Repeat("<p>x<li>y<a href=z>w<br><img src=i>", 2_000));
        var scan = HtmlSourceScanner.Scan(source, 0, source.Length);
        Assert.False(scan.Blanked);
        Assert.Same(source, scan.Text);
    }

    [Fact]
    public void A_slice_is_scanned_with_offsets_into_the_whole_source()
    {
        const string source = "ignored <b>before</b>|<p>in<!--c-->side</p>|ignored <i>after</i>";
        var start = source.IndexOf('|', StringComparison.Ordinal) + 1;
        var end = source.LastIndexOf('|');
        var scan = HtmlSourceScanner.Scan(source, start, end);
        Assert.Equal(["in", "side"], scan.Runs.Select(r => source[r.Start..r.End]));
        Assert.Equal(["c"], scan.Comments.Select(c => source[c.DataStart..c.DataEnd]));
    }
}
