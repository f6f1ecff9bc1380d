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

    // A list with an entry that opens or closes with a character that is not part of a word ("100%", "+") cannot
    // be guarded by a word boundary, which that character would never meet: "not inside a word" is said instead.
    private const string NotAfterWord = @"(?<!\w)";
    private const string NotBeforeWord = @"(?!\w)";

    /// <summary>
    /// The longest a list may grow when the lists it uses are written out. Lists that use other lists twice over
    /// can otherwise double at every level and fill the memory.
    /// </summary>
    private const int MaxExpandedLength = 1_000_000;

    /// <summary>
    /// How many characters an entry may open with before it counts as opening almost anywhere, and is left out of
    /// the narrow form (<see cref="FactoredPattern.Narrow"/>).
    /// </summary>
    private const int MaxNarrowOpenings = 20;

    /// <summary>
    /// The shortest literal an entry left out of the narrow form may need: the narrow form runs only on texts
    /// without any of them, and a shorter one would be in nearly every text.
    /// </summary>
    private const int MinNarrowLiteral = 3;

    private readonly Dictionary<string, List<string>> _lists;
    private readonly Dictionary<(string Name, Form Form), (string Text, string[] NarrowUnless)> _expanded = new();
    private readonly Dictionary<string, (bool Opens, bool Closes)> _edges = new(StringComparer.Ordinal);

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
    public string Expand(string pattern, Func<string, Exception> error) => Expand(pattern, Form.Plain, error).Text;

    /// <summary>
    /// <see cref="Expand(string, Func{string, Exception})"/> with each list written as a tree of shared first
    /// characters (<see cref="AlternationFactoring"/>): the same matches, found faster by the backtracking engine.
    /// The plain form is the one to read literals from, since the tree splits every word at its first letter.
    /// </summary>
    public string ExpandFactored(string pattern, Func<string, Exception> error) => Expand(pattern, Form.Factored, error).Text;

    /// <summary>
    /// <see cref="ExpandFactored"/>, with the narrow form that leaves out the entries that open almost anywhere
    /// (<see cref="FactoredPattern"/>).
    /// </summary>
    /// <remarks>
    /// A pattern that sets options (<c>(?x)</c>, <c>(?i)</c>) has none: they would reach into its lists, where an
    /// entry's literals are read as the entry stands, and the entry could then match a text without them.
    /// </remarks>
    public FactoredPattern ExpandFactoredForms(string pattern, Func<string, Exception> error)
    {
        var factored = ExpandFactored(pattern, error);
        if (!AlternationFactoring.CanFactor([pattern]))
        {
            return FactoredPattern.Whole(factored);
        }

        var (narrow, unless) = Expand(pattern, Form.Narrow, error);
        return unless.Length == 0 ? FactoredPattern.Whole(factored) : new FactoredPattern(factored, narrow, unless);
    }

    private (string Text, string[] NarrowUnless) Expand(string pattern, Form form, Func<string, Exception> error)
    {
        var unless = new HashSet<string>(StringComparer.Ordinal);
        var expanded = Reference().Replace(pattern, match => Guarded(match.Groups[1].Value, ExpandList(match.Groups[1].Value, form, error, [], unless)));
        return expanded.Length > MaxExpandedLength
            ? throw error("the pattern grows past a million characters when its lists are written out; use fewer lists")
            : (expanded, unless.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// A list's alternation between word guards: word boundaries, which the non-backtracking engine can run,
    /// unless an entry may open or close with a character that is not part of a word (read roughly, erring
    /// towards the lookarounds, which match the same words).
    /// </summary>
    private string Guarded(string name, string alternation)
    {
        (bool Opens, bool Closes) edges;
        lock (_edges)
        {
            if (!_edges.TryGetValue(name, out edges))
            {
                _edges[name] = edges = NonWordEdges(name, []);
            }
        }

        return (edges.Opens ? NotAfterWord : WordStart) + alternation + (edges.Closes ? NotBeforeWord : WordEnd);
    }

    /// <summary>Whether an entry of the list, or of a list it uses, may open or close with a character that is not part of a word.</summary>
    private (bool Opens, bool Closes) NonWordEdges(string name, HashSet<string> seen)
    {
        if (!seen.Add(name) || !_lists.TryGetValue(name, out var entries))
        {
            return (false, false);
        }

        var (opens, closes) = (false, false);
        foreach (var entry in entries)
        {
            // What a lookaround tests is not part of the match.
            var matched = Lookaround().Replace(entry, string.Empty);
            opens |= NonWordOpening().IsMatch(matched);
            closes |= NonWordClosing().IsMatch(matched);
            foreach (Match reference in Reference().Matches(matched))
            {
                var (innerOpens, innerCloses) = NonWordEdges(reference.Groups[1].Value, seen);
                (opens, closes) = (opens | innerOpens, closes | innerCloses);
            }
        }

        return (opens, closes);
    }

    private string ExpandNested(string name, string pattern, Form form, Func<string, Exception> error, HashSet<string> expanding, HashSet<string> unless)
    {
        var expanded = Reference().Replace(pattern, match => ExpandList(match.Groups[1].Value, form, error, expanding, unless));
        return expanded.Length > MaxExpandedLength
            ? throw TooLong(name, error)
            : expanded;
    }

    private string ExpandList(string name, Form form, Func<string, Exception> error, HashSet<string> expanding, HashSet<string> unless)
    {
        lock (_expanded)
        {
            if (_expanded.TryGetValue((name, form), out var done))
            {
                unless.UnionWith(done.NarrowUnless);
                return done.Text;
            }
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        var branches = Branches(name, form, error, expanding, own);
        var factorable = AlternationFactoring.CanFactor(branches);
        if (form == Form.Narrow && factorable)
        {
            branches = Narrowed(branches, own);
        }

        // A list with nothing left out, in itself or in the lists it uses, is its factored form: that is kept.
        var result = form == Form.Narrow && own.Count == 0
            ? ExpandList(name, Form.Factored, error, expanding, own)
            : "(?:" + (form != Form.Plain && factorable ? AlternationFactoring.Factor(branches) : string.Join('|', branches)) + ")";
        if (result.Length > MaxExpandedLength)
        {
            throw TooLong(name, error);
        }

        lock (_expanded)
        {
            _expanded[(name, form)] = (result, [.. own]);
        }

        unless.UnionWith(own);
        return result;
    }

    /// <summary>
    /// The branches less those that can open with almost any character and need one of a few literals of some
    /// length, whose literals are added to <paramref name="unless"/>. Nothing is left out where all would be: an
    /// empty list would match the empty string, not nothing.
    /// </summary>
    private static List<string> Narrowed(List<string> branches, HashSet<string> unless)
    {
        var kept = new List<string>(branches.Count);
        var needs = new List<IReadOnlyList<string>>();
        foreach (var branch in branches)
        {
            if (AlternationFactoring.FirstCharacters(branch) is not { Count: <= MaxNarrowOpenings }
                && RequiredLiterals.Of(branch) is { Count: > 0 } literals
                && literals.All(literal => literal.Length >= MinNarrowLiteral))
            {
                needs.Add(literals);
            }
            else
            {
                kept.Add(branch);
            }
        }

        if (kept.Count == 0)
        {
            return branches;
        }

        foreach (var literals in needs)
        {
            unless.UnionWith(literals);
        }

        return kept;
    }

    /// <summary>
    /// The list's entries written out, longest first. For the factored form an entry that is another list alone
    /// (<c>{condition}</c>) contributes that list's entries, so that they share one tree.
    /// </summary>
    private List<string> Branches(string name, Form form, Func<string, Exception> error, HashSet<string> expanding, HashSet<string> unless)
    {
        var factored = form != Form.Plain;
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
                var inner = Branches(whole.Groups[1].Value, form, error, expanding, unless);
                branches.AddRange(inner);
                length += inner.Sum(b => b.Length + 1);
            }
            else
            {
                var branch = ExpandNested(name, entry, form, error, expanding, unless);
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

    /// <summary>How lists are written out.</summary>
    private enum Form
    {
        /// <summary>As an alternation of the entries, to read literals from.</summary>
        Plain,

        /// <summary>As a tree of shared first characters.</summary>
        Factored,

        /// <summary>As a tree, without the entries that open almost anywhere.</summary>
        Narrow,
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex Reference();

    /// <summary>A lookaround group, with groups nested one level deep inside it.</summary>
    [GeneratedRegex(@"\(\?<?[=!](?:[^()]|\([^()]*\))*\)")]
    private static partial Regex Lookaround();

    /// <summary>A character that is not part of a word, written as itself or escaped, that opens the entry or one of its alternatives.</summary>
    [GeneratedRegex(@"(?:^|\|)(?:\((?:\?:)?)*(?:[^\w\s\\()\[\]{}|?*+.^$]|\\[^\w\s])")]
    private static partial Regex NonWordOpening();

    /// <summary>A character that is not part of a word, written as itself or escaped, that closes an alternative.</summary>
    [GeneratedRegex(@"(?:[^\w\s\\()\[\]{}|?*+.^$]|\\[^\w\s])[?*+]?\)*(?:\||$)")]
    private static partial Regex NonWordClosing();
}
