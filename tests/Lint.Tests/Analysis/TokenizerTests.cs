using HealthLint.Analysis;

namespace HealthLint.Tests.Analysis;

public class TokenizerTests
{
    /// <summary>Renders tokens as "W:word N:number S:symbol", separated by spaces.</summary>
    private static string Render(IEnumerable<Token> tokens) =>
        string.Join(' ', tokens.Select(t => $"{t.Kind.ToString()[0]}:{t.Text}"));

    [Theory]
    [InlineData("It works", "W:It W:works")]
    [InlineData("don't stop", "W:don't W:stop")]
    [InlineData("don’t stop", "W:don’t W:stop")]
    [InlineData("risk-free care", "W:risk-free W:care")]
    [InlineData("non‑toxic", "W:non‑toxic")]
    [InlineData("COVID-19 and omega-3", "W:COVID-19 W:and W:omega-3")]
    [InlineData("vitamin B12 and CO2", "W:vitamin W:B12 W:and W:CO2")]
    [InlineData("a 24-hour fast", "W:a N:24 S:- W:hour W:fast")]
    [InlineData("5mg", "N:5 W:mg")]
    [InlineData("2.5 mg", "N:2.5 W:mg")]
    [InlineData("1,000 people", "N:1,000 W:people")]
    [InlineData("1,000,000", "N:1,000,000")]
    [InlineData("[2,3]", "S:[ N:2 S:, N:3 S:]")]
    [InlineData("1,2345", "N:1 S:, N:2345")]
    [InlineData("16:8 fasting", "N:16:8 W:fasting")]
    [InlineData("99.97% pure", "N:99.97 S:% W:pure")]
    [InlineData("3–5 days", "N:3 S:– N:5 W:days")]
    [InlineData("3-5 days", "N:3 S:- N:5 W:days")]
    [InlineData("costs $40.", "W:costs S:$ N:40 S:.")]
    [InlineData("take .5 ml", "W:take N:.5 W:ml")]
    [InlineData("version 3.1.4", "W:version N:3.1.4")]
    [InlineData("the patients' rights", "W:the W:patients S:' W:rights")]
    [InlineData("'quoted'", "S:' W:quoted S:'")]
    [InlineData("well—maybe", "W:well S:— W:maybe")]
    [InlineData("end-", "W:end S:-")]
    [InlineData("Wow!!", "W:Wow S:! S:!")]
    [InlineData("café naïve", "W:café W:naïve")]
    [InlineData("cafe\u0301", "W:cafe\u0301")]
    [InlineData("medi\u00ADcation", "W:medi\u00ADcation")]
    [InlineData("a\u200Bb", "W:a W:b")]
    [InlineData("2\u00A0mg", "N:2 W:mg")]
    [InlineData("I ❤\uFE0F it", "W:I S:❤\uFE0F W:it")]
    [InlineData("great 😀 news", "W:great S:😀 W:news")]
    [InlineData("😀😀", "S:😀 S:😀")]
    [InlineData("𝐀𝐁 math", "W:𝐀𝐁 W:math")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Tokenizes(string text, string expected)
    {
        Assert.Equal(expected, Render(Tokenizer.Tokenize(text, 0, text.Length)));
    }

    [Theory]
    [InlineData("Don’t", "don't")]
    [InlineData("donʼt", "don't")]
    [InlineData("RISK-FREE", "risk-free")]
    [InlineData("non‑toxic", "non-toxic")]
    [InlineData("Eﬀective", "effective")]
    [InlineData("ﬁrst", "first")]
    [InlineData("ﬂu", "flu")]
    [InlineData("Oﬃce", "office")]
    [InlineData("medi\u00ADcation", "medication")]
    [InlineData("ÉTÉ", "été")]
    [InlineData("’", "'")]
    [InlineData("2.5", "2.5")]
    public void Normalizes(string text, string expected)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text, 0, text.Length));

        Assert.Equal(expected, token.Normalized);
    }

    [Fact]
    public void Makes_a_lone_surrogate_a_symbol()
    {
        var text = "bad " + '\uD800' + " half " + '\uDC00';

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal([TokenKind.Word, TokenKind.Symbol, TokenKind.Word, TokenKind.Symbol], tokens.Select(t => t.Kind));
        Assert.Equal([new TextSpan(4, 5), new TextSpan(11, 12)], tokens.Where(t => t.Kind == TokenKind.Symbol).Select(t => new TextSpan(t.Start, t.End)));
    }

    [Fact]
    public void Reuses_the_text_when_it_is_already_normal()
    {
        var token = Assert.Single(Tokenizer.Tokenize("plain", 0, 5));

        Assert.Same(token.Text, token.Normalized);
    }

    [Fact]
    public void Tokenizes_only_the_given_range()
    {
        const string text = "One two. Three four.";

        var tokens = Tokenizer.Tokenize(text, 9, 20);

        Assert.Equal("W:Three W:four S:.", Render(tokens));
        Assert.Equal(9, tokens[0].Start);
        Assert.Equal(14, tokens[0].End);
        Assert.Equal(20, tokens[^1].End);
    }

    [Fact]
    public void Leaves_out_halves_of_surrogate_pairs_cut_by_the_range()
    {
        const string text = "a😀b😀c";

        var tokens = Tokenizer.Tokenize(text, 2, 5);

        Assert.Equal("W:b", Render(tokens));
    }

    [Theory]
    [InlineData(-5, 3)]
    [InlineData(2, 100)]
    [InlineData(4, 1)]
    public void Clamps_a_range_outside_the_text(int start, int end)
    {
        const string text = "abc def";

        var tokens = Tokenizer.Tokenize(text, start, end);

        Assert.All(tokens, t => Assert.InRange(t.Start, Math.Max(0, start), text.Length));
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, Math.Min(text.Length, Math.Max(0, end))));
    }
}
