namespace HealthLint.Rules;

/// <summary>An immutable set of rules, sorted by id.</summary>
internal sealed class RuleSet
{
    private static readonly Lazy<RuleSet> BuiltInRules = new(() => new RuleSet([]));

    public RuleSet(IEnumerable<Rule> rules)
    {
        Rules = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();
        Descriptors = Rules.Select(r => r.Descriptor).ToArray();
    }

    /// <summary>The default rule pack embedded in the library.</summary>
    public static RuleSet BuiltIn => BuiltInRules.Value;

    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public RuleSet Without(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? this : new RuleSet(Rules.Where(r => !ids.Contains(r.Descriptor.Id, StringComparer.OrdinalIgnoreCase)));
}
