using HealthLint.Rules;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// The built-in pack loads without reading its patterns whole to check them: these tests are what checks them. They
/// load the pack as a house pack is loaded, where every pattern is checked and an invalid one is an error naming its
/// file and line.
/// </summary>
public class BuiltInPackTests
{
    [Fact]
    public void Every_built_in_pattern_passes_the_checks_a_house_rule_gets()
    {
        var checkedPack = RulePackLoader.LoadPack(RulePackLoader.BuiltInFiles(), Vocabulary.Empty, builtIn: true, verified: false);

        Assert.Equal(
            RuleSet.BuiltIn.Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal),
            checkedPack.Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal));
    }
}
