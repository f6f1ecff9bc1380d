using HealthLint.Rules.Loading;

namespace HealthLint.Rules.Kinds;

/// <summary>Which cues silence a match: a rule file lists them under <c>ignore:</c>.</summary>
[Flags]
internal enum CueFilter
{
    None = 0,

    /// <summary>"no treatment is guaranteed to work", "this does not cure".</summary>
    Negated = 1,

    /// <summary>"may help", "some people", "in many cases".</summary>
    Hedged = 2,

    /// <summary>"be wary of clinics that promise…", "so-called cures", a list introduced as red flags.</summary>
    Reported = 4,

    /// <summary>"Is it guaranteed to work?"</summary>
    Questions = 8,

    /// <summary>"if a product promises to cure…"</summary>
    Hypothetical = 16,

    /// <summary>Advice and instructions: "Sit with your back supported…", "Call us if the pain gets worse."</summary>
    Instructions = 32,

    /// <summary>Headings and table cells that name a topic: "What the studies show", "7 ways to…", "Preventing blood clots", "Blocked nose".</summary>
    Topics = 64,

    /// <summary>Definitions and descriptions: "A hypo is when your blood glucose drops…".</summary>
    Definitions = 128,
}

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
