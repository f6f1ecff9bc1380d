using HealthLint.Suppressions;

namespace HealthLint.Rules.Kinds;

/// <summary>The rule kinds a rule file can choose with <c>kind:</c>, each with the keys it reads and how it is built.</summary>
internal static class RuleKinds
{
    private static readonly Dictionary<string, (string[] Keys, Func<RuleContext, Rule> Create)> Kinds = new(StringComparer.Ordinal)
    {
        [PhraseRule.KindName] = (PhraseRule.Keys, PhraseRule.Create),
        [ClaimNeedsSourceRule.KindName] = (ClaimNeedsSourceRule.Keys, ClaimNeedsSourceRule.Create),
        [RequiredStatementRule.KindName] = (RequiredStatementRule.Keys, RequiredStatementRule.Create),
        [RequiredMetadataRule.KindName] = (RequiredMetadataRule.Keys, RequiredMetadataRule.Create),
        [MetricRule.KindName] = (MetricRule.Keys, MetricRule.Create),
        [UnusedSuppressionRule.KindName] = (UnusedSuppressionRule.Keys, UnusedSuppressionRule.Create),
        [InvalidSuppressionRule.KindName] = (InvalidSuppressionRule.Keys, InvalidSuppressionRule.Create),
    };

    public static IEnumerable<string> Names => Kinds.Keys.Order(StringComparer.Ordinal);

    public static bool TryGet(string name, out string[] keys, out Func<RuleContext, Rule> create)
    {
        if (Kinds.TryGetValue(name, out var kind))
        {
            keys = kind.Keys;
            create = kind.Create;
            return true;
        }

        keys = [];
        create = null!;
        return false;
    }
}
