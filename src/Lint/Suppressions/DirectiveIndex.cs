namespace HealthLint.Suppressions;

/// <summary>
/// The places of some of a document's directives in its list of directives, in source order, by the rule ids they
/// name, and apart those that name none (every rule). The directives that cover a rule are those of its id and those
/// of every rule, so the first or the last of them around a place is the nearer of two binary searches.
/// </summary>
internal sealed class DirectiveIndex
{
    private readonly Dictionary<string, List<int>> _byRule = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _everyRule = [];

    /// <summary>Adds the directive at <paramref name="index"/> in the list; directives are added in list order.</summary>
    public void Add(SuppressionDirective directive, int index)
    {
        if (directive.RuleIds is null)
        {
            _everyRule.Add(index);
            return;
        }

        foreach (var id in directive.RuleIds)
        {
            if (!_byRule.TryGetValue(id.Id, out var places))
            {
                _byRule[id.Id] = places = [];
            }

            if (places.Count == 0 || places[^1] != index)
            {
                places.Add(index);
            }
        }
    }

    /// <summary>The first directive after the place <paramref name="after"/> that covers the rule, or -1.</summary>
    public int First(string ruleId, int after) => Earlier(FirstAfter(Named(ruleId), after), FirstAfter(_everyRule, after));

    /// <summary>The first directive after the place <paramref name="after"/> that names no rule, or -1.</summary>
    public int FirstForEveryRule(int after) => FirstAfter(_everyRule, after);

    /// <summary>
    /// The last directive that covers the rule and whose place <paramref name="holds"/> for, or -1.
    /// <paramref name="holds"/> must hold for every place up to some place and for none after it.
    /// </summary>
    public int Last(string ruleId, Func<int, bool> holds) => Math.Max(LastWhere(Named(ruleId), holds), LastWhere(_everyRule, holds));

    private static readonly List<int> NoPlaces = [];

    private List<int> Named(string ruleId) => _byRule.TryGetValue(ruleId, out var places) ? places : NoPlaces;

    private static int Earlier(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private static int FirstAfter(List<int> places, int after)
    {
        var found = places.BinarySearch(after + 1);
        var position = found >= 0 ? found : ~found;
        return position < places.Count ? places[position] : -1;
    }

    private static int LastWhere(List<int> places, Func<int, bool> holds)
    {
        // The first position where it no longer holds; the one before it is the answer.
        int low = 0, high = places.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (holds(places[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 ? places[low - 1] : -1;
    }
}
