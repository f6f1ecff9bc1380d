namespace HealthLint.Configuration;

/// <summary>
/// What one configuration file says, with the files it extends merged in: the model a
/// <see cref="LintConfiguration"/> is made of once its rule packs are loaded and its rule ids checked.
/// </summary>
internal sealed class ConfigurationLayer
{
    public required IReadOnlyList<string> Sources { get; init; }

    public required IReadOnlyDictionary<string, RuleSetting> Rules { get; init; }

    public required IReadOnlyList<ConfigurationOverride> Overrides { get; init; }

    public GlobList? Include { get; init; }

    public GlobList? Exclude { get; init; }

    public required IReadOnlyList<RulePackReference> RulePacks { get; init; }

    /// <summary>
    /// <paramref name="later"/> on top of this layer: its rule settings change these, its overrides come after these
    /// (so they win), its <c>include</c> and <c>exclude</c> replace these when given, and its rule packs are added.
    /// </summary>
    public ConfigurationLayer Then(ConfigurationLayer later)
    {
        var rules = new Dictionary<string, RuleSetting>(Rules, StringComparer.Ordinal);
        foreach (var (id, setting) in later.Rules)
        {
            rules[id] = rules.TryGetValue(id, out var earlier) ? earlier.Then(setting) : setting;
        }

        return new ConfigurationLayer
        {
            Sources = [.. Sources, .. later.Sources.Where(s => !Sources.Contains(s, StringComparer.Ordinal))],
            Rules = rules,
            Overrides = [.. Overrides, .. later.Overrides],
            Include = later.Include ?? Include,
            Exclude = later.Exclude ?? Exclude,
            RulePacks = [.. RulePacks, .. later.RulePacks.Where(p => !RulePacks.Any(q => string.Equals(q.Folder, p.Folder, StringComparison.Ordinal)))],
        };
    }
}
