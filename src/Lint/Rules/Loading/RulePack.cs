using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Loading;

/// <summary>The rules of one pack, as defined by their files, and the word lists the pack shares.</summary>
internal sealed class RulePack
{
    private static readonly Lazy<RulePack> BuiltInPack = new(RulePackLoader.LoadBuiltIn);

    public RulePack(IReadOnlyList<RuleDefinition> definitions, Vocabulary vocabulary)
    {
        Definitions = definitions;
        Vocabulary = vocabulary;
    }

    /// <summary>The pack embedded in the library, built from the repository's <c>rules/</c> folder.</summary>
    public static RulePack BuiltIn => BuiltInPack.Value;

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<RuleDefinition> Definitions { get; }

    /// <summary>The word lists of the pack's <c>vocabulary.yaml</c>, on top of those it inherited.</summary>
    public Vocabulary Vocabulary { get; }

    public IEnumerable<Rule> Rules => Definitions.Select(d => d.Rule);
}
