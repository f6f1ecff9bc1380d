using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;
using HealthLint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// A list of patterns matched over normalized, lower-case text, each matching whole words only. Each pattern is a
/// <see cref="PatternMatcher"/>: a literal prefilter, an optional gate and a regular expression that runs only when
/// both pass, so that the engine runs only on the few sentences that may match (the literals of every pattern are
/// found in one pass, <see cref="LiteralIndex"/>). Every call of the engine has a time limit, and the calls of one rule on one document
/// together have a <see cref="PatternBudget"/>, so no pattern can hang the linter.
/// </summary>
internal sealed class PatternSet
{
    /// <summary>
    /// The limit per match call on the backtracking engine; a pattern that needs longer is treated as not matching.
    /// Generous, so that a busy machine never changes the findings of a well-formed pattern.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The prefix of the group names the set uses itself; patterns may not use it.</summary>
    private const string ReservedGroupPrefix = "hl_";

    private const string MatchGroup = ReservedGroupPrefix + "m";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PatternSet> Compiled = new(StringComparer.Ordinal);

    /// <summary>The expanded patterns that have passed <see cref="Validate"/>.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> WellFormed = new(StringComparer.Ordinal);

    private readonly PatternMatcher[] _matchers;

    /// <summary>Which patterns open with a word list and run behind a gate; they report every match of their own.</summary>
    private readonly bool[] _gated;

    /// <summary>
    /// One literal set of each pattern, as bits by set id: a text that holds none of them matches no pattern of the
    /// set, which one look at the text's literals tells. <see langword="null"/> when a pattern requires no literal.
    /// </summary>
    private readonly ulong[]? _anyOf;

    /// <summary>
    /// Each pattern's first literal set, or -1: a pattern whose first set the text lacks is passed over with one look
    /// at a bit. A sentence is asked about by a few dozen sets of up to a hundred patterns each, and holds the
    /// literals of very few.
    /// </summary>
    private readonly int[] _firstSets;

    private PatternSet(PatternMatcher[] matchers, bool[] gated)
    {
        _matchers = matchers;
        _gated = gated;
        _anyOf = AnyOf(matchers);
        _firstSets = matchers.Select(m => m.LiteralSets.Count > 0 ? m.LiteralSets[0] : -1).ToArray();
    }

    public static PatternSet None { get; } = new([], []);

    public int Count => _matchers.Length;

    /// <summary>Compiles text values (with their YAML nodes, for error positions) into one set.</summary>
    public static PatternSet Compile(IReadOnlyList<(string Value, YamlNode Node)> patterns, Vocabulary vocabulary, YamlMap owner, bool verified = false)
    {
        if (patterns.Count == 0)
        {
            return None;
        }

        var expanded = new List<(string Trimmed, string Expanded, FactoredPattern Factored, YamlNode Node)>(patterns.Count);
        foreach (var (value, node) in patterns)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw owner.Error(node, "a pattern must not be empty");
            }

            var trimmed = value.Trim();
            expanded.Add((trimmed, vocabulary.Expand(trimmed, problem => owner.Error(node, problem)), vocabulary.ExpandFactoredForms(trimmed, problem => owner.Error(node, problem)), node));
        }

        // Many patterns require the same thing ("{health}"): one compiled set serves them all.
        var key = string.Join("\u0001", expanded.Select(e => e.Expanded).Prepend(verified ? "verified" : "checked"));
        if (Compiled.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // Building a matcher reads and parses its expression, thousands of characters for a word list: the patterns
        // are built side by side, and the first error in the file's order is the one reported.
        var built = new (PatternMatcher Matcher, bool Gated)[expanded.Count][];
        var errors = new Exception?[expanded.Count];
        Parallel.For(0, expanded.Count, i =>
        {
            var (trimmed, pattern, factored, node) = expanded[i];
            try
            {
                built[i] = BuildPattern(trimmed, pattern, factored, node, owner, vocabulary, verified);
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        var all = built.SelectMany(b => b).ToArray();
        var set = new PatternSet(all.Select(b => b.Matcher).ToArray(), all.Select(b => b.Gated).ToArray());
        Compiled.TryAdd(key, set);
        return set;
    }

    /// <summary>
    /// The matchers for one pattern. A pattern that is an alternation of word lists and words at its top level
    /// (<c>{health}|{outcome}|results?</c>, the usual requirement) becomes one matcher per branch: the branches are
    /// shared with every other pattern that uses them, and each keeps its answers by the sentence's content,
    /// so a sentence is searched for <c>{health}</c> once, however many requirements name it. Matches do not change:
    /// where branches match at the same place, the first in the list speaks for them, as in the alternation.
    /// </summary>
    private static (PatternMatcher, bool)[] BuildPattern(string trimmed, string expanded, FactoredPattern factored, YamlNode node, YamlMap owner, Vocabulary vocabulary, bool verified)
    {
        var gate = PatternGate.OpensWithList(trimmed) ? PatternGate.Find(trimmed) : null;
        var branches = gate is null ? RegexSyntax.TopLevelBranches(trimmed) : [];
        if (branches.Count < 2 || branches.Any(string.IsNullOrWhiteSpace) || !AlternationFactoring.CanFactor(branches))
        {
            return [(Build(trimmed, expanded, factored, gate, node, owner, verified), gate is not null)];
        }

        if (!verified)
        {
            Validate(trimmed, expanded, node, owner);
        }

        return branches
            .Select(branch => (Build(trimmed, vocabulary.Expand(branch, problem => owner.Error(node, problem)), vocabulary.ExpandFactoredForms(branch, problem => owner.Error(node, problem)), null, node, owner, verified), false))
            .ToArray();
    }

    /// <summary>
    /// The matches in <paramref name="text"/>, in order of start, then longest first, then by pattern, found as they
    /// are read. The sequence is read once, as the rules read it, up to the match they want: call again to read again.
    /// </summary>
    public IEnumerable<PatternMatch> Matches(string text) => Matches(text, int.MaxValue);

    /// <summary>
    /// <see cref="Matches(string)"/> that start before <paramref name="before"/>: a rule that has found what it wants
    /// at some place asks only for earlier ones, and the patterns do not look further.
    /// </summary>
    public IEnumerable<PatternMatch> Matches(string text, int before)
    {
        if (text.Length == 0 || _matchers.Length == 0)
        {
            return [];
        }

        // Most sentences hold the literals of none of the patterns, and whether one matches is a kept answer: the
        // matches, and the lists that hold them, are made only for the patterns that do.
        if (!MayMatch(text, out var literals))
        {
            return [];
        }

        // Usually one pattern matches, and its matches need no merging.
        var matching = -1;
        for (var index = 0; index < _matchers.Length; index++)
        {
            if (MayHold(literals, index) && _matchers[index].IsMatch(text, literals, before) == true)
            {
                if (matching >= 0)
                {
                    return Merged(text, literals, matching, before);
                }

                matching = index;
            }
        }

        return matching < 0 ? [] : _matchers[matching].Matches(text, literals, matching, before);
    }

    /// <summary>The matches of the patterns from <paramref name="first"/> on, of which several match.</summary>
    private IEnumerable<PatternMatch> Merged(string text, TextLiterals literals, int first, int before)
    {
        var cursors = new List<IEnumerator<PatternMatch>>();
        for (var index = first; index < _matchers.Length; index++)
        {
            if (MayHold(literals, index) && _matchers[index].IsMatch(text, literals, before) == true)
            {
                var cursor = _matchers[index].Matches(text, literals, index, before).GetEnumerator();
                if (cursor.MoveNext())
                {
                    cursors.Add(cursor);
                }
                else
                {
                    cursor.Dispose();
                }
            }
        }

        return cursors.Count == 0 ? [] : Merged(cursors);
    }

    /// <summary>
    /// The matches of several patterns, in order of start, then longest first, then by pattern, each found only when
    /// it is asked for. Where several ungated patterns match at one position, the first in the list speaks for them,
    /// as in one alternation; a gated pattern reports every match of its own.
    /// </summary>
    private IEnumerable<PatternMatch> Merged(List<IEnumerator<PatternMatch>> cursors)
    {
        var atStart = new List<PatternMatch>();
        var advance = new List<int>();
        try
        {
            while (cursors.Count > 0)
            {
                var start = int.MaxValue;
                foreach (var cursor in cursors)
                {
                    start = Math.Min(start, cursor.Current.Start);
                }

                atStart.Clear();
                advance.Clear();
                PatternMatch? ungated = null;
                for (var k = 0; k < cursors.Count; k++)
                {
                    var match = cursors[k].Current;
                    if (match.Start != start)
                    {
                        continue;
                    }

                    advance.Add(k);
                    if (_gated[match.Pattern])
                    {
                        atStart.Add(match);
                    }
                    else if (ungated is not { } first || match.Pattern < first.Pattern)
                    {
                        ungated = match;
                    }
                }

                if (ungated is { } speaking)
                {
                    atStart.Add(speaking);
                }

                atStart.Sort(LongestFirst);
                foreach (var match in atStart)
                {
                    yield return match;
                }

                // Each cursor at this start moves on only now, when the next match is asked for.
                for (var a = advance.Count - 1; a >= 0; a--)
                {
                    var k = advance[a];
                    if (!cursors[k].MoveNext())
                    {
                        cursors[k].Dispose();
                        cursors.RemoveAt(k);
                    }
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }

    private static int LongestFirst(PatternMatch a, PatternMatch b) => a.End != b.End ? b.End.CompareTo(a.End) : a.Pattern.CompareTo(b.Pattern);

    /// <summary>
    /// Whether any pattern matches. Each matcher keeps its answers by the text's content, so the many rules that ask
    /// the same question of a sentence cost one search.
    /// </summary>
    public bool IsMatch(string text)
    {
        if (_matchers.Length == 0 || !MayMatch(text, out var literals))
        {
            return false;
        }

        for (var index = 0; index < _matchers.Length; index++)
        {
            if (MayHold(literals, index) && _matchers[index].IsMatch(text, literals) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a match of this set overlaps [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public bool Overlaps(string text, int start, int end)
    {
        foreach (var match in Matches(text, end))
        {
            if (match.Start >= end)
            {
                return false;
            }

            if (match.End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds the first literal set of the pattern at <paramref name="index"/>, if it has one.</summary>
    private bool MayHold(TextLiterals literals, int index)
    {
        var id = _firstSets[index];
        return id < 0 || literals.Holds(id);
    }

    /// <summary>Reads the text's literals, and whether they let any pattern of the set match.</summary>
    private bool MayMatch(string text, out TextLiterals literals)
    {
        literals = LiteralIndex.Read(text);
        return _anyOf is null || literals.HoldsAny(_anyOf);
    }

    /// <summary>The bits of <see cref="_anyOf"/>: the first literal set of each matcher.</summary>
    private static ulong[]? AnyOf(PatternMatcher[] matchers)
    {
        if (matchers.Length == 0 || matchers.Any(m => m.LiteralSets.Count == 0))
        {
            return null;
        }

        var bits = new ulong[(matchers.Max(m => m.LiteralSets[0]) / 64) + 1];
        foreach (var matcher in matchers)
        {
            var id = matcher.LiteralSets[0];
            bits[id >> 6] |= 1UL << (id & 63);
        }

        return bits;
    }

    /// <summary>
    /// Builds a pattern's matcher, or finds the one already built for the same expression. When its expression does
    /// not build, finds out why, so that the error says what to change.
    /// </summary>
    private static PatternMatcher Build(string value, string expanded, FactoredPattern factored, string? gate, YamlNode node, YamlMap owner, bool verified)
    {
        PatternMatcher matcher;
        try
        {
            matcher = PatternMatcher.Shared(expanded, factored, gate, MatchGroup, verified);
        }
        catch (ArgumentException)
        {
            throw Diagnose(value, expanded, node, owner);
        }

        CheckGroupNames(value, matcher.GroupNames, node, owner);
        return matcher;
    }

    /// <summary>
    /// Checks that a pattern builds whole, as <see cref="Build"/> does, without building its matcher: inside the
    /// guards, alone (a pattern that builds inside a group can still fail on its own), and with names the set does
    /// not use itself.
    /// </summary>
    private static void Validate(string value, string expanded, YamlNode node, YamlMap owner)
    {
        // Requirements recur across patterns and rules: each expression is checked once.
        if (WellFormed.ContainsKey(expanded))
        {
            return;
        }

        try
        {
            _ = new Regex($"(?<!x)(?<{MatchGroup}>{expanded})(?!x)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }
        catch (ArgumentException)
        {
            throw Diagnose(value, expanded, node, owner);
        }

        Regex alone;
        try
        {
            alone = new Regex(expanded, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw owner.Error(node, $"invalid pattern '{value}': {e.Message}");
        }

        CheckGroupNames(value, alone.GetGroupNames(), node, owner);
        WellFormed.TryAdd(expanded, true);
    }

    /// <summary>Patterns may not use the group names the set uses itself.</summary>
    private static void CheckGroupNames(string value, IReadOnlyList<string> groupNames, YamlNode node, YamlMap owner)
    {
        if (groupNames.FirstOrDefault(n => n.StartsWith(ReservedGroupPrefix, StringComparison.Ordinal)) is { } reserved)
        {
            throw owner.Error(node, $"invalid pattern '{value}': group names starting with '{ReservedGroupPrefix}' are reserved, so '{reserved}' cannot be used");
        }
    }

    private static Exception Diagnose(string value, string expanded, YamlNode node, YamlMap owner)
    {
        try
        {
            _ = new Regex(expanded, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            return owner.Error(node, $"invalid pattern '{value}': {e.Message}");
        }

        try
        {
            _ = new Regex(expanded, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return owner.Error(node, $"invalid pattern '{value}': numbered back-references such as \\1 do not work, because only named groups capture; name the group: (?<word>…)\\k<word>");
        }

        return owner.Error(node, $"invalid pattern '{value}': it must stay whole inside a group, but it does not (a '#' comment after (?x) runs to its end; write comments as (?#…))");
    }
}
