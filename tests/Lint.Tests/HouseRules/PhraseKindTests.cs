namespace HealthLint.Tests.HouseRules;

/// <summary>
/// Kind <c>phrase</c> as a house rule: its patterns, its exceptions, and the <c>ignore</c> switches for negation,
/// hedging, reported speech, questions and hypotheticals. Each row: the switches, a sentence, and whether it is flagged.
/// </summary>
public class PhraseKindTests
{
    private static string Rule(string ignore) => $"""
        id: PH001
        name: NoMiracleWords
        title: No miracle words
        kind: phrase
        message: '"{"{0}"}" overstates what a product does.'
        patterns:
          - miracle
          - '{"{cure}"} (?:\w+ ){"{0,2}"}?overnight'
        exceptions:
          - miracle berry
        {ignore}

        """;

    public static TheoryData<string, string, bool> Cases => new()
    {
        // The default switches: negated, hedged, reported, questions and hypotheticals do not count.
        { "", "Our miracle cream works.", true },
        { "", "This gel cures acne overnight.", true },
        { "", "The miracle berry tastes sweet.", false },
        { "", "It is not a miracle cream.", false },
        { "", "It may seem like a miracle.", false },
        { "", "Be wary of ads promising a miracle cure.", false },
        { "", "Is there a miracle cure?", false },
        { "", "If a product promises a miracle, ask your pharmacist.", false },

        // Switches listed replace the defaults: what is not listed counts.
        { "ignore: [hedged]", "It is not a miracle cream.", true },
        { "ignore: [hedged]", "It may seem like a miracle.", false },
        { "ignore: [negated]", "It may seem like a miracle.", true },
        { "ignore: [negated]", "It is not a miracle cream.", false },
        { "ignore: [negated, hedged]", "Be wary of ads promising a miracle cure.", true },
        { "ignore: [reported]", "Be wary of ads promising a miracle cure.", false },
        { "ignore: []", "Is there a miracle cure?", true },
        { "ignore: []", "The miracle berry tastes sweet.", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Switches_and_exceptions(string ignore, string sentence, bool flagged) =>
        Assert.Equal(flagged, HouseRuleHost.Lint(Rule(ignore), sentence + "\n").Count == 1);

    private const string SymbolRule = """
        id: PH002
        name: NoAbsolutes
        title: No absolutes
        kind: phrase
        message: '"{0}" is absolute.'
        vocabulary:
          absolute:
            - '100 ?%'
            - '#1'
            - 'a\+ rated'
        patterns:
          - '{absolute}'
        """;

    /// <summary>Entries that open or close with a sign (%, #, +) match where they stand, as whole words do.</summary>
    [Theory]
    [InlineData("It works 100%.", true)]
    [InlineData("It is 100 % natural.", true)]
    [InlineData("The #1 cream for eczema.", true)]
    [InlineData("An A+ rated clinic.", true)]
    [InlineData("It is 1100% better.", false)]
    [InlineData("Ask for item X#1.", false)]
    public void Entries_that_open_or_close_with_a_sign_match(string sentence, bool flagged) =>
        Assert.Equal(flagged, HouseRuleHost.Lint(SymbolRule, sentence + "\n").Count == 1);

    [Fact]
    public void A_finding_covers_the_sentence_and_quotes_the_words()
    {
        var finding = Assert.Single(HouseRuleHost.Lint(Rule(""), "Read this.\n\nOur Miracle cream works. Really.\n"));

        Assert.Equal(("3:1-3:25", "\"Miracle\" overstates what a product does.", "PH001"), (finding.Region.ToString(), finding.Message, finding.RuleId));
    }
}
