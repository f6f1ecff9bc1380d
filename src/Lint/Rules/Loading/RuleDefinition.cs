using HealthLint.Rules.Patterns;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Loading;

/// <summary>
/// A rule as its file defines it, kept so that a configuration can build it again with options of its own: the
/// rule, the file's mapping, the pack's vocabulary, and the keys of its kind that options may set.
/// </summary>
internal sealed class RuleDefinition
{
    public RuleDefinition(Rule rule, YamlMap map, Vocabulary vocabulary, IReadOnlyList<string> optionKeys, bool builtIn = false)
    {
        BuiltIn = builtIn;
        Rule = rule;
        Map = map;
        Vocabulary = vocabulary;
        OptionKeys = optionKeys;
    }

    public Rule Rule { get; }

    public string Id => Rule.Descriptor.Id;

    /// <summary>The rule file's mapping.</summary>
    public YamlMap Map { get; }

    /// <summary>The word lists the rule's pack shares.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Whether the rule belongs to the built-in pack, which may use the engine's own kinds.</summary>
    public bool BuiltIn { get; }

    /// <summary>The keys of the rule's kind: the ones a configuration may set as options.</summary>
    public IReadOnlyList<string> OptionKeys { get; }

    /// <summary>The rule built from its file with <paramref name="options"/> put in, in order (see <see cref="YamlMerge"/>).</summary>
    public Rule WithOptions(IReadOnlyList<YamlMappingNode> options) =>
        options.Count == 0
            ? Rule
            : RuleFileReader.Read(new YamlMap(Map.File, YamlMerge.Merge((YamlMappingNode)Map.Node, options)), Vocabulary, BuiltIn);
}
