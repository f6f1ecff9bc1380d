using HealthLint.Analysis;

namespace HealthLint.Tests.Analysis;

public class SentenceSplitterTests
{
    /// <summary>Texts that split, and the sentences they split into.</summary>
    public static TheoryData<string, string[]> Splits => new()
    {
        { "It works. It is safe.", ["It works.", "It is safe."] },
        { "Is it safe? Yes! Really.", ["Is it safe?", "Yes!", "Really."] },
        { "Wait?! No way!!! Stop.", ["Wait?!", "No way!!!", "Stop."] },
        { "Take it daily. 40% of users improved.", ["Take it daily.", "40% of users improved."] },
        { "He said \"it works.\" Next, we test.", ["He said \"it works.\"", "Next, we test."] },
        { "He said “it works.” Next, we test.", ["He said “it works.”", "Next, we test."] },
        { "She said ‘fine.’ Then she left.", ["She said ‘fine.’", "Then she left."] },
        { "Il a dit «oui.» Puis il est parti.", ["Il a dit «oui.»", "Puis il est parti."] },
        { "It helps (see below.) Next comes dosing.", ["It helps (see below.)", "Next comes dosing."] },
        { "It cuts risk.¹ Another trial agreed.", ["It cuts risk.¹", "Another trial agreed."] },
        { "It cuts risk.[3] Another trial agreed.", ["It cuts risk.[3]", "Another trial agreed."] },
        { "It cuts risk (Smith et al., 2020). Others disagree.", ["It cuts risk (Smith et al., 2020).", "Others disagree."] },
        { "Visit example.com. It has more.", ["Visit example.com.", "It has more."] },
        { "Line one\nLine two", ["Line one", "Line two"] },
        { "No full stop here\nNor here", ["No full stop here", "Nor here"] },
        { "Ends mid. sentence\nNext", ["Ends mid. sentence", "Next"] },
        { "Wait for it... Then it happens.", ["Wait for it...", "Then it happens."] },
        { "Wait for it… Then it happens.", ["Wait for it…", "Then it happens."] },
        { "Is it? “Yes,” she said.", ["Is it?", "“Yes,” she said."] },
        { "We talked to vets, nurses, etc. The answers varied.", ["We talked to vets, nurses, etc.", "The answers varied."] },
        { "Oranges are rich in vitamin C. Kiwis are too.", ["Oranges are rich in vitamin C.", "Kiwis are too."] },
        { "It is common in the U.S. The rate is rising.", ["It is common in the U.S.", "The rate is rising."] },
        { "It was tested by Smith et al. The results held.", ["It was tested by Smith et al.", "The results held."] },
        { "Take it at 8 a.m. Then rest.", ["Take it at 8 a.m.", "Then rest."] },
        { "She works at Acme Inc. The firm is small.", ["She works at Acme Inc.", "The firm is small."] },
        { "The clinic is at 55 Elm St. Free care is offered.", ["The clinic is at 55 Elm St.", "Free care is offered."] },
        { "I ate a fig. The taste was sweet.", ["I ate a fig.", "The taste was sweet."] },
        { "Say no. No means no.", ["Say no.", "No means no."] },
        { "It rose in 2019. 40 people were hurt.", ["It rose in 2019.", "40 people were hurt."] },
        { "  Padded.   Also padded.  ", ["Padded.", "Also padded."] },
        { "Done.", ["Done."] },
        { "Done . . . really", ["Done . . . really"] },
        { "病気です。薬を飲みます。", ["病気です。", "薬を飲みます。"] },
        { "It ends here.\u2028Then here.", ["It ends here.", "Then here."] },
    };

    /// <summary>Texts that are one sentence although they contain terminators, colons, semicolons or abbreviations.</summary>
    public static TheoryData<string> Unsplit => new()
    {
        "Dr. Smith treats it.",
        "Mr. and Mrs. Jones and Ms. Lee came.",
        "Prof. Adams agreed.",
        "St. John's wort interacts with many drugs.",
        "Ask about St. John's wort first.",
        "In St. Louis the rate is high.",
        "Martin Luther King Jr. was born in Atlanta.",
        "John Smith Sr. disagreed.",
        "Use a drug, e.g. Ibuprofen, for pain.",
        "Use a drug, e.g., ibuprofen, for pain.",
        "Rest, i.e. Sleep, helps.",
        "Smith et al. found a link.",
        "Smith et al. (2020) found a link.",
        "We saw colds, flu, etc. and more.",
        "Brand vs. Generic drugs cost less.",
        "It takes approx. Two weeks to heal.",
        "All fees incl. Tax are listed.",
        "See item No. 5 on the list.",
        "See item no. 5 on the list.",
        "See Fig. 2 for details.",
        "See Figs. 3 and 4.",
        "See Vol. 2 on p. 45 and pp. 46–48.",
        "The U.S. Food and Drug Administration approved it.",
        "The U.K. National Health Service offers it.",
        "Take it at 8 a.m. and 8 p.m. with food.",
        "She has a Ph.D. in pharmacology.",
        "Jane Doe, M.D. and colleagues wrote it.",
        "J. Smith wrote the review.",
        "J. R. R. Tolkien wrote books.",
        "John F. Kennedy had Addison's disease.",
        "The review by Jones Inc. and Acme Ltd. and Widget Co. was funded.",
        "The trial began on Jan. 5 and ended Dec. 20.",
        "It started in Sept. 2019.",
        "Take 2.5 mg twice daily.",
        "A 0.5% solution works.",
        "Add 1.25 ml of water.",
        "Update to version 3.1 today.",
        "About 1,000,000 people have it.",
        "It costs $1,250.50 per dose.",
        "Wait... there is more.",
        "Wait… there is more.",
        "Visit https://example.com/page.html?id=3 for more.",
        "Write to info@example.org for help.",
        "Go to www.nhs.uk. and then the page.",
        "Note: this is important; read it.",
        "Yahoo! is a company.",
        "“Stop!” she said.",
        "Is it safe? asked the patient.",
        "No terminator at all",
        "1. Wash your hands.",
        "The patient (aged 45.) recovered.",
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Splits_into_sentences(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

        Assert.Equal(expected, sentences);
    }

    [Theory]
    [MemberData(nameof(Unsplit))]
    public void Keeps_one_sentence(string text)
    {
        var spans = SentenceSplitter.Split(text);

        var span = Assert.Single(spans);
        Assert.Equal(text.Trim(), text[span.Start..span.End]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    [InlineData(" \t\u00A0 ")]
    public void Finds_no_sentence_in_blank_text(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Treats_null_as_empty()
    {
        Assert.Empty(SentenceSplitter.Split(null!));
    }

    [Fact]
    public void Reports_positions_in_the_original_text()
    {
        const string text = "  First one.  Second one?\nThird";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([new TextSpan(2, 12), new TextSpan(14, 25), new TextSpan(26, 31)], spans);
    }

    [Fact]
    public void Splits_long_text_of_many_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("Dr. Smith took 2.5 mg at 8 a.m. It worked. ", 20_000));

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(40_000, spans.Count);
    }

    [Fact]
    public void Keeps_list_labels_after_leading_whitespace()
    {
        var text = new string(' ', 100_000) + string.Concat(Enumerable.Repeat("1. 2. ", 20_000)) + "Done.";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(20_001, spans.Count);
        Assert.Equal(new TextSpan(100_000, 100_005), spans[0]);
    }

    [Fact]
    public void Survives_long_runs_of_terminators_and_dots()
    {
        var text = new string('.', 100_000) + " A" + string.Concat(Enumerable.Repeat("a.", 50_000)) + " " + string.Concat(Enumerable.Repeat(". ", 50_000));

        var spans = SentenceSplitter.Split(text);

        Assert.NotEmpty(spans);
        Assert.Equal(0, spans[0].Start);
        Assert.Equal(text.TrimEnd().Length, spans[^1].End);
    }

    [Fact]
    public void A_run_without_terminators_is_cut_at_spaces_into_pieces_of_bounded_length()
    {
        var text = string.Concat(Enumerable.Repeat("this cream is guaranteed to cure acne and ", 5_000));

        var spans = SentenceSplitter.Split(text);

        Assert.True(spans.Count > 50, $"{spans.Count} pieces");
        Assert.All(spans, s => Assert.InRange(s.End - s.Start, 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(spans.Skip(1), s => Assert.Equal(' ', text[s.Start - 1]));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(spans.Select(s => text[s.Start..s.End].Replace(" ", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_long_run_without_spaces_is_cut_without_splitting_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("a😀", 3_000));

        var spans = SentenceSplitter.Split(text);

        Assert.True(spans.Count >= 4);
        Assert.All(spans, s => Assert.False(char.IsLowSurrogate(text[s.Start])));
        Assert.Equal(text.Length, spans.Sum(s => s.End - s.Start));
    }
}
