using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// A <c>patterns:</c> list whose entries are a pattern, or a mapping with <c>pattern</c> and <c>requires</c> (another
/// pattern that must also occur in the sentence: "we guarantee it" counts only beside a health outcome).
/// </summary>
internal sealed class PatternList
{
    private static readonly string[] EntryKeys = ["pattern", "requires"];

    private PatternList(PatternSet patterns, PatternSet?[] requirements)
    {
        Patterns = patterns;
        Requirements = requirements;
    }

    public PatternSet Patterns { get; }

    public int Count => Requirements.Length;

    private PatternSet?[] Requirements { get; }

    public static PatternList Read(YamlMap map, string key, Vocabulary vocabulary, bool required)
    {
        var nodes = map.List(key);
        if (required && nodes.Count == 0)
        {
            throw map.Error(map.KeyNode(key) ?? map.Node, $"'{key}' must list at least one pattern");
        }

        var patterns = new List<(string, YamlNode)>();
        var requirements = new PatternSet?[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case YamlScalarNode scalar:
                    patterns.Add((scalar.Value ?? "", scalar));
                    break;
                case YamlMappingNode mapping:
                    var entry = new YamlMap(map.File, mapping);
                    entry.AllowOnly(EntryKeys);
                    _ = entry.RequiredString("pattern");
                    patterns.Add((entry.String("pattern")!, entry.Find("pattern")!));
                    if (entry.Has("requires"))
                    {
                        requirements[i] = PatternSet.Compile(entry.StringList("requires"), vocabulary, entry);
                    }

                    break;
                default:
                    throw map.Error(nodes[i], $"each entry of '{key}' must be a pattern or a mapping with 'pattern' and 'requires'");
            }
        }

        return new PatternList(PatternSet.Compile(patterns, vocabulary, map), requirements);
    }

    /// <summary>The matches in <paramref name="text"/> whose requirement, if any, also holds in it.</summary>
    public IEnumerable<PatternMatch> Matches(string text)
    {
        foreach (var match in Patterns.Matches(text))
        {
            var requirement = Requirements[match.Pattern];
            if (requirement is null || requirement.IsMatch(text))
            {
                yield return match;
            }
        }
    }
}
