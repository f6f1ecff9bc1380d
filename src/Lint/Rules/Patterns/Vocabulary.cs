using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;
using HealthLint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// Named word lists that patterns use as <c>{name}</c>. An entry is a word or phrase, written as a regular
/// expression fragment (<c>pains?</c>); entries may use other lists. Longer entries are tried first, so
/// "blood pressure" wins over "blood". A list matches whole words only.
/// </summary>
internal sealed partial class Vocabulary
{
    private const string WordStart = @"\b";
    private const string WordEnd = @"\b";

    /// <summary>
    /// The longest a list may grow when the lists it uses are written out. Lists that use other lists twice over
    /// can otherwise double at every level and fill the memory.
    /// </summary>
    private const int MaxExpandedLength = 1_000_000;

    private readonly Dictionary<string, List<string>> _lists;
    private readonly Dictionary<(string Name, bool Factored), string> _expanded = new();

    private Vocabulary(Dictionary<string, List<string>> lists)
    {
        _lists = lists;
    }

    public static Vocabulary Empty { get; } = new(new(StringComparer.Ordinal));

    public IEnumerable<string> Names => _lists.Keys;

    /// <summary>Reads a <c>vocabulary:</c> mapping of list names to lists of entries, on top of <paramref name="inherited"/>.</summary>
    public static Vocabulary Read(YamlMap? map, Vocabulary inherited)
    {
        if (map is null)
        {
            return inherited;
        }

        var lists = new Dictionary<string, List<string>>(inherited._lists, StringComparer.Ordinal);
        foreach (var name in map.Keys.ToList())
        {
            if (!NameShape().IsMatch(name))
            {
                throw map.Error(map.KeyNode(name)!, $"vocabulary name '{name}' must start with a letter and use only letters, digits, '_' and '-'");
            }

            var entries = map.StringList(name);
            if (entries.Count == 0)
            {
                throw map.Error(map.KeyNode(name)!, $"vocabulary '{name}' is empty");
            }

            foreach (var (entry, node) in entries)
            {
                if (string.IsNullOrWhiteSpace(entry))
                {
                    throw map.Error(node, $"vocabulary '{name}' has an empty entry");
                }
            }

            lists[name] = entries.Select(e => e.Value.Trim()).ToList();
        }

        return new Vocabulary(lists);
    }

    /// <summary>
    /// Replaces every <c>{name}</c> in <paramref name="pattern"/> with the list's alternation, guarded so that it
    /// matches whole words ("pain" must not match inside "painkillers"). Lists used inside lists are expanded
    /// without a second guard: one is enough, and deeply nested lookarounds cost time in every match.
    /// </summary>
    public string Expand(string pattern, Func<string, Exception> error) => Expand(pattern, factored: false, error);

    /// <summary>
    /// <see cref="Expand(string, Func{string, Exception})"/> with each list written as a tree of shared first
    /// characters (<see cref="AlternationFactoring"/>): the same matches, found faster by the backtracking engine.
    /// The plain form is the one to read literals from, since the tree splits every word at its first letter.
    /// </summary>
    public string ExpandFactored(string pattern, Func<string, Exception> error) => Expand(pattern, factored: true, error);

    private string Expand(string pattern, bool factored, Func<string, Exception> error)
    {
        var expanded = Reference().Replace(pattern, match => WordStart + ExpandList(match.Groups[1].Value, factored, error, []) + WordEnd);
        return expanded.Length > MaxExpandedLength
            ? throw error("the pattern grows past a million characters when its lists are written out; use fewer lists")
            : expanded;
    }

    private string ExpandNested(string name, string pattern, bool factored, Func<string, Exception> error, HashSet<string> expanding)
    {
        var expanded = Reference().Replace(pattern, match => ExpandList(match.Groups[1].Value, factored, error, expanding));
        return expanded.Length > MaxExpandedLength
            ? throw TooLong(name, error)
            : expanded;
    }

    private string ExpandList(string name, bool factored, Func<string, Exception> error, HashSet<string> expanding)
    {
        lock (_expanded)
        {
            if (_expanded.TryGetValue((name, factored), out var done))
            {
                return done;
            }
        }

        var branches = Branches(name, factored, error, expanding);
        var result = "(?:" + (factored && AlternationFactoring.CanFactor(branches) ? AlternationFactoring.Factor(branches) : string.Join('|', branches)) + ")";
        if (result.Length > MaxExpandedLength)
        {
            throw TooLong(name, error);
        }

        lock (_expanded)
        {
            _expanded[(name, factored)] = result;
        }

        return result;
    }

    /// <summary>
    /// The list's entries written out, longest first. For the factored form an entry that is another list alone
    /// (<c>{condition}</c>) contributes that list's entries, so that they share one tree.
    /// </summary>
    private List<string> Branches(string name, bool factored, Func<string, Exception> error, HashSet<string> expanding)
    {
        if (!_lists.TryGetValue(name, out var entries))
        {
            throw error($"unknown vocabulary '{{{name}}}'");
        }

        if (!expanding.Add(name))
        {
            throw error($"vocabulary '{{{name}}}' refers to itself");
        }

        var branches = new List<string>();
        var length = 0;
        foreach (var entry in entries.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal))
        {
            var whole = Reference().Match(entry);
            if (factored && whole.Success && whole.Length == entry.Length)
            {
                var inner = Branches(whole.Groups[1].Value, factored, error, expanding);
                branches.AddRange(inner);
                length += inner.Sum(b => b.Length + 1);
            }
            else
            {
                var branch = ExpandNested(name, entry, factored, error, expanding);
                if (factored)
                {
                    // An entry may itself be an alternation ("lose|loses|lost"); its branches are the list's.
                    branches.AddRange(RegexSyntax.TopLevelBranches(branch));
                }
                else
                {
                    branches.Add(branch);
                }

                length += branch.Length + 1;
            }

            if (length > MaxExpandedLength)
            {
                throw TooLong(name, error);
            }
        }

        expanding.Remove(name);
        return branches;
    }

    private static Exception TooLong(string name, Func<string, Exception> error) =>
        error($"vocabulary '{{{name}}}' grows past a million characters when the lists it uses are written out; use fewer lists inside lists");

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex Reference();
}
