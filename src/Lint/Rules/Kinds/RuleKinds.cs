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
    };

    /// <summary>
    /// Kinds only the built-in pack may use: their findings come from the linter itself (about suppression
    /// directives), so a second rule of the kind in a house pack would only shadow the built-in one.
    /// </summary>
    private static readonly Dictionary<string, (string[] Keys, Func<RuleContext, Rule> Create)> EngineKinds = new(StringComparer.Ordinal)
    {
        [UnusedSuppressionRule.KindName] = (UnusedSuppressionRule.Keys, UnusedSuppressionRule.Create),
        [InvalidSuppressionRule.KindName] = (InvalidSuppressionRule.Keys, InvalidSuppressionRule.Create),
    };

    public static IEnumerable<string> Names => Kinds.Keys.Order(StringComparer.Ordinal);

    public static bool TryGet(string name, bool builtIn, out string[] keys, out Func<RuleContext, Rule> create)
    {
        if (Kinds.TryGetValue(name, out var kind) || (builtIn && EngineKinds.TryGetValue(name, out kind)))
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
