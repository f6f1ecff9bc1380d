using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// What a rule kind gets to build a rule from a file: the descriptor read from the common keys, the file's mapping,
/// the vocabulary in scope, and whether its patterns are verified (the built-in pack as shipped, whose tests check
/// every pattern), so that they are not read whole again to check them as they load.
/// </summary>
internal sealed record RuleContext(RuleDescriptor Descriptor, YamlMap Map, Vocabulary Vocabulary, bool Verified = false)
{
    public PatternSet Patterns(string key) => PatternSet.Compile(Map.StringList(key), Vocabulary, Map, Verified);

    public PatternList PatternList(YamlMap map, string key) => Kinds.PatternList.Read(map, key, Vocabulary, required: true, Verified);
}
