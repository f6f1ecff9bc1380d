using HealthLint.Parsing.Markdown;

namespace HealthLint.Tests.Parsing.Markdown;

public class HtmlTagScannerTests
{
    [Fact]
    public void Reads_names_in_lower_case_and_attributes_with_any_quoting()
    {
        Assert.True(HtmlTagScanner.TryRead("x<A HREF=\"https://e.example/?a=1>2\" data-x='y z' Hidden checked=on>", 1, 67, out var tag));

        Assert.NotNull(tag);
        Assert.Equal("a", tag.Name);
        Assert.False(tag.IsEnd);
        Assert.Equal((1, 67), (tag.Start, tag.End));
        Assert.Equal("https://e.example/?a=1>2", tag.Attribute("href"));
        Assert.Equal("y z", tag.Attribute("data-x"));
        Assert.Equal("", tag.Attribute("hidden"));
        Assert.Equal("on", tag.Attribute("checked"));
        Assert.Null(tag.Attribute("id"));
    }

    [Theory]
    [InlineData("</cite >", "cite", true, false)]
    [InlineData("<br/>", "br", false, true)]
    [InlineData("<span />", "span", false, true)]
    public void Reads_end_tags_and_self_closing_tags(string text, string name, bool isEnd, bool isSelfClosing)
    {
        Assert.True(HtmlTagScanner.TryRead(text, 0, text.Length, out var tag));

        Assert.Equal((name, isEnd, isSelfClosing, text.Length), (tag!.Name, tag.IsEnd, tag.IsSelfClosing, tag.End));
    }

    [Theory]
    [InlineData("< a>")]
    [InlineData("<1a>")]
    [InlineData("<a href=\"unclosed>")]
    [InlineData("<a")]
    [InlineData("<a <b>")]
    [InlineData("<")]
    public void Refuses_what_is_not_a_tag(string text)
    {
        Assert.False(HtmlTagScanner.TryRead(text, 0, text.Length, out _));
    }

    [Fact]
    public void A_tag_too_long_to_be_real_is_refused()
    {
        var text = "<a title=\"" + new string('x', 10_000) + "\">";

        Assert.False(HtmlTagScanner.TryRead(text, 0, text.Length, out _));
    }

    [Theory]
    [InlineData("<!-- c -->", 7)]
    [InlineData("<!-->", 2)]
    [InlineData("<!--->", 3)]
    [InlineData("<!-- open", -1)]
    public void Finds_where_comments_close(string text, int close)
    {
        Assert.True(HtmlTagScanner.IsCommentStart(text, 0, text.Length));
        Assert.Equal(close, HtmlTagScanner.CommentClose(text, 0, text.Length));
    }

    [Theory]
    [InlineData("display:none", true)]
    [InlineData(" Display : NONE ; color: red", true)]
    [InlineData("color: red; display: none !important", true)]
    [InlineData("visibility: hidden", true)]
    [InlineData("display: block", false)]
    [InlineData("content: 'display:none'", false)]
    public void Styles_hide_only_with_display_none_or_visibility_hidden(string style, bool hides)
    {
        Assert.Equal(hides, HtmlVisibility.HidesByStyle(style));
    }
}
