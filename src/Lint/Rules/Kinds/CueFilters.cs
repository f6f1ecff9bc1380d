using HealthLint.Rules.Loading;

namespace HealthLint.Rules.Kinds;

/// <summary>Reads <see cref="CueFilter"/> from YAML.</summary>
internal static class CueFilters
{
    private static readonly Dictionary<string, CueFilter> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["negated"] = CueFilter.Negated,
        ["hedged"] = CueFilter.Hedged,
        ["reported"] = CueFilter.Reported,
        ["questions"] = CueFilter.Questions,
        ["hypothetical"] = CueFilter.Hypothetical,
        ["instructions"] = CueFilter.Instructions,
        ["topics"] = CueFilter.Topics,
        ["definitions"] = CueFilter.Definitions,
    };

    public static CueFilter Read(YamlMap map, string key, CueFilter fallback)
    {
        if (!map.Has(key))
        {
            return fallback;
        }

        var filter = CueFilter.None;
        foreach (var (value, node) in map.StringList(key))
        {
            if (!Names.TryGetValue(value.Trim(), out var flag))
            {
                throw map.Error(node, $"unknown cue '{value}' in '{key}'; expected one of: {string.Join(", ", Names.Keys)}");
            }

            filter |= flag;
        }

        return filter;
    }
}
