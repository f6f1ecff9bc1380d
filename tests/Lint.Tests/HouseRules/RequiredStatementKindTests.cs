namespace HealthLint.Tests.HouseRules;

/// <summary>Kind <c>required-statement</c> as a house rule: the publisher's own sentence must appear, visibly, once.</summary>
public class RequiredStatementKindTests
{
    private const string Rule = """
        id: PH005
        name: PharmacyDisclaimer
        title: The pharmacy's disclaimer
        kind: required-statement
        message: Add the pharmacy's disclaimer.
        patterns:
          - 'ask your pharmacist before (?:taking|using) (?:any|a) new medicine'
        loopholes:
          - 'unless'
        messages:
          hidden: 'The disclaimer is in {0}, which readers cannot see.'

        """;

    public static TheoryData<string, string?> Cases => new()
    {
        { "Zyrtec eases sneezing.\n\nAsk your pharmacist before taking any new medicine.\n", null },
        { "Zyrtec eases sneezing.\n\n*Ask your pharmacist before using a new medicine.*\n", null },
        { "Zyrtec eases sneezing.\n", "1:1-1:23 Add the pharmacy's disclaimer." },
        { "Zyrtec eases sneezing.\n\n<!-- Ask your pharmacist before taking any new medicine. -->\n", "3:6-3:57 The disclaimer is in an HTML comment, which readers cannot see." },
        { "Zyrtec eases sneezing.\n\nAsk your pharmacist before taking any new medicine, unless it is ours.\n", "3:1-3:71 Add the pharmacy's disclaimer." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Statement(string article, string? expected) =>
        Assert.Equal(expected, HouseRuleHost.Lint(Rule, article).Select(f => $"{f.Region} {f.Message}").SingleOrDefault());

    [Fact]
    public void Patterns_and_statements_are_one_list_under_two_names()
    {
        var error = Assert.Throws<RuleFileException>(() => HouseRuleHost.Only(Rule + "statements: ['see a doctor']\n"));

        Assert.Equal("house/rule.yaml:6:1: 'patterns' and 'statements' are the same list: use one of them", error.Message);
    }
}
