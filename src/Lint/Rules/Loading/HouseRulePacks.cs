namespace HealthLint.Rules.Loading;

/// <summary>
/// Loads a publisher's rule packs beside the built-in rules. The packs' rules may use the built-in word lists and
/// their own pack's; an id may be defined only once across the built-in rules and every pack. Either every pack
/// loads or a <see cref="RuleFileException"/> names the file, line and column at fault, so nothing is ever linted
/// with part of a rule set.
/// </summary>
internal static class HouseRulePacks
{
    /// <summary>The built-in rules and those of <paramref name="packs"/>, each pack given as its (name, text) files.</summary>
    public static RuleSet LoadWithBuiltIn(IReadOnlyList<IReadOnlyList<(string Name, string Text)>> packs)
    {
        var rules = new List<Rule>(RuleSet.BuiltIn.Rules);
        var seen = rules.ToDictionary(r => r.Descriptor.Id, _ => "the built-in rules", StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            rules.AddRange(RulePackLoader.Load(pack, RulePackLoader.BuiltInVocabulary, seen));
        }

        return new RuleSet(rules);
    }

    /// <summary>Reads the <c>.yaml</c> and <c>.yml</c> files of a pack folder (not below it), sorted by name.</summary>
    public static IReadOnlyList<(string Name, string Text)> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToArray();
}
