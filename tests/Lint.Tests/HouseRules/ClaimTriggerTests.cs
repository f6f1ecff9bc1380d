namespace HealthLint.Tests.HouseRules;

/// <summary>
/// Kind <c>claim-needs-source</c> with a publisher's own claim triggers: under <c>patterns</c> as one family, or as
/// named families under <c>claims</c>. A claim needs a citation in its sentence or paragraph; hedging does not
/// excuse it, negation does unless the family says <c>negatable: false</c>.
/// </summary>
public class ClaimTriggerTests
{
    private const string Triggers = """
        id: PH002
        name: PharmacyClaimsNeedSource
        title: Pharmacy claims need a source
        kind: claim-needs-source
        message: '"{0}" needs a source.'
        patterns:
          - '(?:pharmacists|chemists) (?:\w+ ){0,2}?recommend'
          - 'clinically (?:tested|proven)'

        """;

    private const string Families = """
        id: PH002
        name: PharmacyClaimsNeedSource
        title: Pharmacy claims need a source
        kind: claim-needs-source
        message: '"{0}" needs a source.'
        claims:
          - name: endorsement
            patterns: ['pharmacists recommend']
          - name: interaction
            negatable: false
            message: 'Say where "{0}" comes from.'
            patterns: ['(?:does not|doesn''t|never) interacts?']

        """;

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { Triggers, "Most pharmacists recommend Zyrtec for hay fever.\n", ["\"pharmacists recommend\" needs a source."] },
        { Triggers, "Pharmacists often recommend it.\n", ["\"Pharmacists often recommend\" needs a source."] },
        { Triggers, "It is clinically proven to ease itching.\n", ["\"clinically proven\" needs a source."] },
        { Triggers, "It may be clinically tested.\n", ["\"clinically tested\" needs a source."] },
        { Triggers, "It is not clinically proven.\n", [] },
        { Triggers, "It is clinically proven ([trial](https://example.org/trial)).\n", [] },
        { Triggers, "Pharmacists recommend it.[^1]\n\n[^1]: Pharmacy survey, 2024.\n", [] },
        { Triggers, "Our pharmacists are friendly.\n", [] },
        { Families, "Pharmacists recommend it.\n", ["\"Pharmacists recommend\" needs a source."] },
        { Families, "It never interacts with other medicines.\n", ["Say where \"never interacts\" comes from."] },
        { Families, "No pharmacists recommend it.\n", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Custom_triggers(string rule, string article, string[] messages) =>
        Assert.Equal(messages, HouseRuleHost.Lint(rule, article).Select(f => f.Message));

    [Fact]
    public void A_rule_yielded_to_keeps_the_words_it_reported()
    {
        var rule = Triggers.Replace("patterns:", "yieldTo: [HL003]\npatterns:\n  - 'reduces inflammation'\n  - 'our pharmacy team'", StringComparison.Ordinal);
        var linter = new Linter(new LinterOptions { Clock = new FixedClock(HouseRuleHost.Today) }, HouseRuleHost.Load(("house/ph002.yaml", rule)));

        var findings = linter.Lint("Turmeric reduces inflammation.\n\nOur pharmacy team is here to help.\n", DocumentFormat.Markdown).Findings;

        Assert.Contains(findings, f => f.RuleId == "HL003" && f.Region.StartLine == 1);
        Assert.DoesNotContain(findings, f => f.RuleId == "PH002" && f.Region.StartLine == 1);
        Assert.Contains(findings, f => f.RuleId == "PH002" && f.Region.StartLine == 3);
    }

    [Fact]
    public void Patterns_and_claims_together_are_both_triggers()
    {
        var rule = Families.Replace("claims:", "patterns: ['clinically proven']\nclaims:", StringComparison.Ordinal);

        Assert.Equal(2, HouseRuleHost.Lint(rule, "It is clinically proven.\n\nPharmacists recommend it.\n").Count);
    }
}
