using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Kinds;

/// <summary>What a rule kind gets to build a rule from a file: the descriptor read from the common keys, the file's mapping, and the vocabulary in scope.</summary>
internal sealed record RuleContext(RuleDescriptor Descriptor, YamlMap Map, Vocabulary Vocabulary)
{
    public PatternSet Patterns(string key) => PatternSet.Compile(Map.StringList(key), Vocabulary, Map);
}
