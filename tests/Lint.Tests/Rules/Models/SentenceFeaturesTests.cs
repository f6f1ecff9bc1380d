using HealthLint.Documents;
using HealthLint.Rules.Models;
using Xunit;

namespace HealthLint.Tests.Rules.Models;

public sealed class SentenceFeaturesTests
{
    [Theory]
    [InlineData("it doesn't work.", "it|doesn't|work")]
    [InlineData("covid-19 cases rose 50% in 2021", "covid-19|cases|rose|50%|in|#")]
    [InlineData("only £5 — or $7 a month", "only|£5|or|$7|a|month")]
    [InlineData("well-known, 'quoted' and -dashed- words", "well-known|quoted|and|dashed|words")]
    [InlineData("café crème", "caf|cr|me")]
    [InlineData("", "")]
    public void Words_are_runs_of_letters_digits_and_symbols_joined_by_apostrophes_and_hyphens(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", SentenceFeatures.Words(text).Select(w => w.Word)));
    }

    [Fact]
    public void Each_word_keeps_its_place_in_the_text()
    {
        var words = SentenceFeatures.Words("it doesn't  hurt");
        Assert.Equal([(0, 2), (3, 10), (12, 16)], words.Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void Features_are_words_pairs_the_block_kind_and_a_constant_each_once()
    {
        var features = SentenceFeatures.Read("cures it, cures it", BlockKind.Heading).Select(f => f.Feature).ToList();
        Assert.Equal(["u:cures", "u:it", "b:cures_it", "b:it_cures", "k:Heading", "bias", "short"], features);
    }

    [Fact]
    public void A_sentence_of_five_words_or_more_is_not_short()
    {
        Assert.DoesNotContain("short", SentenceFeatures.Read("one two three four five", BlockKind.Paragraph).Select(f => f.Feature));
    }
}
