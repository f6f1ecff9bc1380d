using HealthLint.Parsing.Html;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Character references are matched against what the parser decoded, and stand for their whole source span.</summary>
public class CharacterReferenceTests
{
    [Theory]
    [InlineData("&amp;x", "&x", 5, "&")]
    [InlineData("&amp x", "& x", 4, "&")]
    [InlineData("&AMP;", "&", 5, "&")]
    [InlineData("&notit;", "¬it;", 4, "¬")]
    [InlineData("&notin;", "∉", 7, "∉")]
    [InlineData("&copy2024", "©2024", 5, "©")]
    [InlineData("&#8217;s", "’s", 7, "’")]
    [InlineData("&#x2019;", "’", 8, "’")]
    [InlineData("&#X41", "A", 5, "A")]
    [InlineData("&#128512;", "😀", 9, "😀")]
    [InlineData("&#0;", "\uFFFD", 4, "\uFFFD")]
    [InlineData("&#x80;", "€", 6, "€")]
    [InlineData("&#38;", "&", 5, "&")]
    [InlineData("&NotNestedGreaterGreater;", "⪢̸", 25, "⪢̸")]
    public void A_reference_the_parser_decoded_is_matched_whole(string source, string decoded, int end, string value)
    {
        Assert.True(CharacterReference.TryMatch(source, 0, source.Length, decoded, 0, out var sourceEnd, out var matched));
        Assert.Equal((end, value), (sourceEnd, matched));
    }

    [Theory]
    [InlineData("&bogus;", "&bogus;")]
    [InlineData("&#;", "&#;")]
    [InlineData("&#x;", "&#x;")]
    [InlineData("& x", "& x")]
    [InlineData("&", "&")]
    [InlineData("&mdash", "&mdash")]
    public void Text_the_parser_kept_as_written_is_not_a_reference(string source, string decoded)
    {
        Assert.False(CharacterReference.TryMatch(source, 0, source.Length, decoded, 0, out _, out _));
    }

    [Fact]
    public void A_reference_cut_by_the_limit_is_read_only_up_to_it()
    {
        Assert.True(CharacterReference.TryMatch("&amp;rest", 0, 4, "&", 0, out var end, out _));
        Assert.Equal(4, end);
    }
}
