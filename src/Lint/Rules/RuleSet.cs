using HealthLint.Rules.Loading;

namespace HealthLint.Rules;

/// <summary>An immutable set of rules, in the order they run: by id, except that a rule runs after the rules it yields to.</summary>
internal sealed class RuleSet
{
    private static readonly Lazy<RuleSet> BuiltInRules = new(() => new RuleSet(RulePack.BuiltIn.Rules, RulePack.BuiltIn.Definitions));

    private readonly IReadOnlyDictionary<string, RuleDefinition> _definitions;

    public RuleSet(IEnumerable<Rule> rules)
        : this(rules, [])
    {
    }

    /// <summary>A set whose rules defined by files can be built again with options (see <see cref="DefinitionOf"/>).</summary>
    public RuleSet(IEnumerable<Rule> rules, IEnumerable<RuleDefinition> definitions)
    {
        Rules = RunOrder(rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList());
        Descriptors = Rules.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        _definitions = definitions.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The default rule pack embedded in the library.</summary>
    public static RuleSet BuiltIn => BuiltInRules.Value;

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The descriptors, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public RuleSet Without(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? this : new RuleSet(Rules.Where(r => !ids.Contains(r.Descriptor.Id, StringComparer.OrdinalIgnoreCase)), _definitions.Values);

    /// <summary>How the rule with <paramref name="id"/> was defined, when it was read from a rule file.</summary>
    public RuleDefinition? DefinitionOf(string id) => _definitions.GetValueOrDefault(id);

    private static Rule[] RunOrder(List<Rule> sorted)
    {
        var ids = sorted.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = new List<Rule>(sorted.Count);
        var pending = new List<Rule>(sorted);
        while (pending.Count > 0)
        {
            var ready = pending.FindIndex(r => r.YieldTo.All(y => done.Contains(y) || !ids.Contains(y)));
            var next = pending[ready < 0 ? 0 : ready];
            pending.Remove(next);
            order.Add(next);
            done.Add(next.Descriptor.Id);
        }

        return order.ToArray();
    }
}
