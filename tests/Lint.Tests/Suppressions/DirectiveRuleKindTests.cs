using HealthLint.Rules;
using HealthLint.Rules.Loading;
using HealthLint.Suppressions;

namespace HealthLint.Tests.Suppressions;

/// <summary>HL900 and HL901 are built-in rules of kinds only the built-in pack may use, since the linter itself finds what they report.</summary>
public class DirectiveRuleKindTests
{
    [Fact]
    public void The_built_in_pack_has_the_directive_rules()
    {
        Assert.Contains(RuleSet.BuiltIn.Rules, r => r is UnusedSuppressionRule && r.Descriptor.Id == "HL900");
        Assert.Contains(RuleSet.BuiltIn.Rules, r => r is InvalidSuppressionRule && r.Descriptor.Id == "HL901");
    }

    [Theory]
    [InlineData("unused-suppression")]
    [InlineData("invalid-suppression")]
    public void A_house_rule_cannot_use_a_directive_kind(string kind)
    {
        var file = $"id: PH100\nname: MyUnused\ntitle: Mine\nkind: {kind}\nmessage: 'Unused: {{0}}.'\n";

        var exception = Assert.Throws<RuleFileException>(() => RulePackLoader.Load([("house/ph100.yaml", file)]));

        Assert.Contains($"house/ph100.yaml:4:7: unknown rule kind '{kind}'", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("suppression,", exception.Message, StringComparison.Ordinal);
    }
}
