using System.Text;
using System.Text.RegularExpressions;
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
    private readonly Dictionary<string, string> _expanded = new(StringComparer.Ordinal);

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
    public string Expand(string pattern, Func<string, Exception> error)
    {
        var expanded = Reference().Replace(pattern, match => WordStart + ExpandList(match.Groups[1].Value, error, []) + WordEnd);
        return expanded.Length > MaxExpandedLength
            ? throw error("the pattern grows past a million characters when its lists are written out; use fewer lists")
            : expanded;
    }

    private string ExpandNested(string name, string pattern, Func<string, Exception> error, HashSet<string> expanding)
    {
        var expanded = Reference().Replace(pattern, match => ExpandList(match.Groups[1].Value, error, expanding));
        return expanded.Length > MaxExpandedLength
            ? throw error($"vocabulary '{{{name}}}' grows past a million characters when the lists it uses are written out; use fewer lists inside lists")
            : expanded;
    }

    private string ExpandList(string name, Func<string, Exception> error, HashSet<string> expanding)
    {
        if (!_lists.TryGetValue(name, out var entries))
        {
            throw error($"unknown vocabulary '{{{name}}}'");
        }

        lock (_expanded)
        {
            if (_expanded.TryGetValue(name, out var done))
            {
                return done;
            }
        }

        if (!expanding.Add(name))
        {
            throw error($"vocabulary '{{{name}}}' refers to itself");
        }

        var builder = new StringBuilder("(?:");
        var first = true;
        foreach (var entry in entries.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append('|');
            }

            builder.Append(ExpandNested(name, entry, error, expanding));
            first = false;
            if (builder.Length > MaxExpandedLength)
            {
                throw error($"vocabulary '{{{name}}}' grows past a million characters when the lists it uses are written out; use fewer lists inside lists");
            }
        }

        builder.Append(')');
        expanding.Remove(name);
        var result = builder.ToString();
        lock (_expanded)
        {
            _expanded[name] = result;
        }

        return result;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex Reference();
}
