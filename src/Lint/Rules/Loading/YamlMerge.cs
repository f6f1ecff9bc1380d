using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Loading;

/// <summary>
/// Puts a configuration's options into a rule file's mapping. A list adds its entries to the rule's list (a single
/// value adds one entry), a mapping adds or replaces keys of the rule's mapping, and anything else replaces the
/// rule's value. The nodes keep their own positions, so the kind's reader reports a bad option where it was written.
/// </summary>
internal static class YamlMerge
{
    public static YamlMappingNode Merge(YamlMappingNode rule, IEnumerable<YamlMappingNode> layers)
    {
        var merged = rule;
        foreach (var layer in layers)
        {
            merged = Merge(merged, layer);
        }

        return merged;
    }

    private static YamlMappingNode Merge(YamlMappingNode target, YamlMappingNode layer)
    {
        var result = new YamlMappingNode();
        foreach (var (key, value) in target.Children)
        {
            result.Children.Add(key, value);
        }

        foreach (var (key, value) in layer.Children)
        {
            var existing = result.Children.Keys.FirstOrDefault(k => SameKey(k, key));
            if (existing is null)
            {
                result.Children.Add(key, value);
            }
            else
            {
                result.Children[existing] = Combine(result.Children[existing], value);
            }
        }

        return result;
    }

    private static YamlNode Combine(YamlNode current, YamlNode option) => (current, option) switch
    {
        (YamlMappingNode currentMap, YamlMappingNode optionMap) => Merge(currentMap, optionMap),
        (YamlSequenceNode currentList, YamlSequenceNode optionList) => new YamlSequenceNode(currentList.Children.Concat(optionList.Children)),
        (YamlSequenceNode currentList, YamlScalarNode optionValue) => new YamlSequenceNode(currentList.Children.Append(optionValue)),
        _ => option,
    };

    private static bool SameKey(YamlNode a, YamlNode b) =>
        a is YamlScalarNode x && b is YamlScalarNode y && string.Equals(x.Value, y.Value, StringComparison.Ordinal);
}
