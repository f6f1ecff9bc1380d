using HealthLint.Parsing.Html;

namespace HealthLint.Tests.Parsing.Html;

public class HiddenStyleTests
{
    [Theory]
    [InlineData("display:none")]
    [InlineData("display: none;")]
    [InlineData("DISPLAY : None !important")]
    [InlineData("color: red; display:none")]
    [InlineData("display:/* off */none")]
    [InlineData("visibility: hidden")]
    [InlineData("visibility:collapse")]
    public void Hiding_declarations_hide(string style) => Assert.True(HiddenStyle.Hides(style));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("display: block")]
    [InlineData("display: nonex")]
    [InlineData("content: 'display:none'x")]
    [InlineData("visibility: visible")]
    [InlineData("font-display: none")]
    public void Other_declarations_do_not(string? style) => Assert.False(HiddenStyle.Hides(style));
}
