using HealthLint.Parsing;
using HealthLint.Parsing.Html;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Inputs that must neither crash the reader nor produce positions outside the source.</summary>
public class HtmlRobustnessTests
{
    [SharedFact]
    public void Every_html5lib_input_reads_and_maps_back_to_the_source()
    {
        var folder = SharedFolder.Folder("robustness", "html5lib");
        Assert.True(folder is not null, "the shared folder has no robustness/html5lib inputs");
        var files = Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 1000, $"only {files.Count} html5lib inputs");
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            var document = HtmlReader.Read(source);
            foreach (var block in document.Blocks)
            {
                AssertInside(source.Length, block.Map, block.Text.Length, file);
                SourceMapAssert.MapsIntoSource(source, block.Text, block.Map, file);
            }

            foreach (var hidden in document.Hidden)
            {
                AssertInside(source.Length, hidden.Map, hidden.Text.Length, file);
                SourceMapAssert.MapsIntoSource(source, hidden.Text, hidden.Map, file);
            }
        }
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_read_with_a_note()
    {
        const int depth = 100_000;
        var source = string.Concat(Enumerable.Repeat("<div>", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>After the nest.</p>";
        var document = HtmlReader.Read(source);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("deep text", StringComparison.Ordinal));
        var after = Assert.Single(document.Blocks, b => b.Text == "After the nest.");
        Assert.Equal(source.IndexOf("After", StringComparison.Ordinal), after.Map.SourceStart(0));
        Assert.Equal([HtmlElementTraits.DepthNote], document.ReaderNotes);
        SourceMapAssert.MapsIntoSource(document);
    }

    [Fact]
    public void Content_past_256_levels_is_not_linted_and_noted_once()
    {
        var source = string.Concat(Enumerable.Repeat("<section>", 300)) + "<p>too deep</p>" + string.Concat(Enumerable.Repeat("</section>", 300))
            + string.Concat(Enumerable.Repeat("<div>", 100)) + "<p>deep but linted</p>" + string.Concat(Enumerable.Repeat("</div>", 100));
        var document = HtmlReader.Read(source);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("too deep", StringComparison.Ordinal));
        var linted = Assert.Single(document.Blocks);
        Assert.Equal("deep but linted", linted.Text);
        Assert.Equal(source.IndexOf("deep but", StringComparison.Ordinal), linted.Map.SourceStart(0));
        Assert.Single(document.ReaderNotes);
    }

    [Fact]
    public void Deeply_nested_inline_and_unclosed_elements_do_not_crash()
    {
        foreach (var piece in new[] { "<b>", "<span>", "<a href=x>", "<li>", "<p>", "<table><tr><td>", "<ul><li>", "<svg>", "<font>", "<div/>" })
        {
            var source = string.Concat(Enumerable.Repeat(piece + "w ", 20_000)) + "<p>end words</p>";
            var document = HtmlReader.Read(source);
            SourceMapAssert.MapsIntoSource(document);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("&")]
    [InlineData("&#")]
    [InlineData("&#x")]
    [InlineData("&#99999999999999;")]
    [InlineData("<p")]
    [InlineData("<p title='unterminated")]
    [InlineData("<!--")]
    [InlineData("<!-- unterminated comment")]
    [InlineData("<!---->")]
    [InlineData("<!-->")]
    [InlineData("<![CDATA[x]]>")]
    [InlineData("<svg><![CDATA[a < b]]></svg>")]
    [InlineData("<?php echo 1 ?>text")]
    [InlineData("</>text</ 3>")]
    [InlineData("<script>never closed")]
    [InlineData("<plaintext><p>all text")]
    [InlineData("<title>t</title><textarea>&amp;</textarea>")]
    [InlineData("a\0b<p>\0</p><script>\0</script><!--\0-->")]
    [InlineData("\r\r\n\n\r")]
    [InlineData("<p>\uD800 lone surrogate \uDC00</p>")]
    [InlineData("<table>x<tr>y<td>z</td>w</tr>v</table>")]
    [InlineData("<b><p><i>1</b>2</i>3</p>")]
    [InlineData("<a href=x><a href=y>nested anchors</a></a>")]
    [InlineData("<html><body><p>x</p></body></html><p>after html</p><!-- after -->")]
    [InlineData("<frameset><frame></frameset>text")]
    [InlineData("<select><option>a<textarea>b</textarea></select>")]
    [InlineData("<math><mi>x</mi><annotation-xml encoding='text/html'><p>y</p></annotation-xml></math>")]
    [InlineData("<template><template><p>nested</p></template></template>")]
    public void Malformed_input_reads_and_maps_inside_the_source(string source)
    {
        var document = HtmlReader.Read(source);
        SourceMapAssert.MapsIntoSource(document);
    }

    private static void AssertInside(int length, HealthLint.Documents.SourceMap map, int textLength, string file)
    {
        for (var i = 0; i < textLength; i++)
        {
            var (start, end) = map.Map(i, i + 1);
            Assert.True(start >= 0 && start <= end && end <= length, $"{Path.GetFileName(file)}: character {i} maps to [{start}, {end})");
        }
    }
}
