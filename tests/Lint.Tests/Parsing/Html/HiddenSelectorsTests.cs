using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Text hidden by the page's own style sheet is not prose: a table of style sheets and of what they hide.</summary>
public class HiddenSelectorsTests
{
    private const string Body = "<p class=\"legal small\" id=\"fine-print\">Hidden words.</p><p>Shown words.</p>";

    [Theory]
    [InlineData(".legal{display:none}")]
    [InlineData(".legal { display: none !important; }")]
    [InlineData("#fine-print{visibility:hidden}")]
    [InlineData("p.legal{display:none}")]
    [InlineData(".small.legal{display:none}")]
    [InlineData("h1, .legal , .other{display:none}")]
    [InlineData("/* .legal{display:block} */ .legal{display:none}")]
    [InlineData("@import url(x.css); .legal{display:none}")]
    [InlineData(".legal{display:block} .legal{display:none}")]
    // The end of a style sheet closes its open blocks, as in a browser.
    [InlineData(".legal{display:none")]
    public void A_rule_that_hides_the_element_hides_its_text(string css)
    {
        var prose = Prose(css);
        Assert.DoesNotContain("Hidden words", prose, StringComparison.Ordinal);
        Assert.Contains("Shown words", prose, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".legal{color:grey}")]
    [InlineData(".legal{display:none} .legal{display:block}")]
    [InlineData("@media print { .legal{display:none} }")]
    [InlineData("div.legal{display:none}")]
    [InlineData(".legal.other{display:none}")]
    [InlineData("section .legal{display:none}")]
    [InlineData(".legal:hover{display:none}")]
    [InlineData("[class=legal]{display:none}")]
    [InlineData("}}{{ .legal")]
    public void Other_rules_leave_it_shown(string css) => Assert.Contains("Hidden words", Prose(css), StringComparison.Ordinal);

    [Fact]
    public void A_later_style_sheet_that_shows_the_class_again_wins()
    {
        var document = DocumentReader.Read($"<html><head><style>.legal{{display:none}}</style><style>.legal{{display:block}}</style></head><body>{Body}</body></html>", DocumentFormat.Html);
        Assert.Contains(document.Blocks, block => block.Text.Contains("Hidden words", StringComparison.Ordinal));
    }

    [Fact]
    public void A_style_sheet_for_print_hides_nothing_on_screen()
    {
        var document = DocumentReader.Read($"<html><head><style media=\"print\">.legal{{display:none}}</style></head><body>{Body}</body></html>", DocumentFormat.Html);
        Assert.Contains(document.Blocks, block => block.Text.Contains("Hidden words", StringComparison.Ordinal));
    }

    [Theory]
    // Hidden by default, shown from a screen width on: read.
    [InlineData(".d-none{display:none} @media (min-width: 768px) { .d-md-block{display:block} }", "d-none d-md-block", true)]
    // Hidden by default and on no screen shown again: not read.
    [InlineData(".d-none{display:none} @media (min-width: 768px) { .d-md-block{display:block} }", "d-none", false)]
    public void A_class_shown_on_some_screens_is_read(string css, string classes, bool read)
    {
        var document = DocumentReader.Read($"<html><head><style>{css}</style></head><body><p class=\"{classes}\">Sometimes words.</p></body></html>", DocumentFormat.Html);
        Assert.Equal(read, document.Blocks.Any(block => block.Text.Contains("Sometimes words", StringComparison.Ordinal)));
    }

    [Fact]
    public void Deeply_nested_at_rules_are_read_in_linear_time_without_recursing_without_end()
    {
        var nested = string.Concat(Enumerable.Repeat("@media screen {", 100_000)) + ".legal{display:block}" + new string('}', 100_000);
        var prose = Prose(".legal{display:none} " + nested);
        Assert.DoesNotContain("Hidden words", prose, StringComparison.Ordinal);
        Assert.Contains("Shown words", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hidden_text_is_kept_as_hidden_text()
    {
        var document = DocumentReader.Read($"<html><head><style>.legal{{display:none}}</style></head><body>{Body}</body></html>", DocumentFormat.Html);
        Assert.Contains(document.Hidden, hidden => hidden.Text.Contains("Hidden words", StringComparison.Ordinal));
    }

    private static string Prose(string css) =>
        string.Join("\n", DocumentReader.Read($"<html><head><style>{css}</style></head><body>{Body}</body></html>", DocumentFormat.Html).Blocks.Select(b => b.Text));
}
