using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HealthLint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// A list of patterns matched over normalized, lower-case text, each matching whole words only. Patterns that open
/// with a literal are compiled into one regular expression and matched in one pass. A pattern that opens with a
/// word list is compiled on its own behind a gate (<see cref="PatternGate"/>), since an alternation of hundreds of
/// words in front makes every position costly. Expressions run on .NET's non-backtracking engine where they fit
/// it (no lookarounds, back-references or atomic groups), and otherwise on the backtracking engine. Every call has
/// a time limit, and the calls of one rule on one document together have a <see cref="PatternBudget"/>, so no
/// pattern can hang the linter.
/// </summary>
internal sealed class PatternSet
{
    /// <summary>
    /// The limit per match call on the backtracking engine; a pattern that needs longer is treated as not matching.
    /// Generous, so that a busy machine never changes the findings of a well-formed pattern.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const string WordChar = @"[\p{L}\p{N}_]";
    private const string NotWord = @"[^\p{L}\p{N}_]";

    /// <summary>The prefix of the group names the set uses itself; patterns may not use it.</summary>
    private const string ReservedGroupPrefix = "hl_";

    private const string MatchGroup = ReservedGroupPrefix + "m";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PatternSet> Compiled = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<Unit> _units;
    private Tuple<string, bool>? _last;

    private PatternSet(IReadOnlyList<Unit> units, int count)
    {
        _units = units;
        Count = count;
    }

    public static PatternSet None { get; } = new([], 0);

    public int Count { get; }

    /// <summary>Compiles text values (with their YAML nodes, for error positions) into one set.</summary>
    public static PatternSet Compile(IReadOnlyList<(string Value, YamlNode Node)> patterns, Vocabulary vocabulary, YamlMap owner)
    {
        if (patterns.Count == 0)
        {
            return None;
        }

        var expanded = new List<(string Trimmed, string Expanded, YamlNode Node)>(patterns.Count);
        foreach (var (value, node) in patterns)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw owner.Error(node, "a pattern must not be empty");
            }

            var trimmed = value.Trim();
            var pattern = vocabulary.Expand(trimmed, problem => owner.Error(node, problem));
            Validate(trimmed, pattern, node, owner);
            expanded.Add((trimmed, pattern, node));
        }

        // Many patterns require the same thing ("{health}"): one compiled set serves them all, and its answer for a
        // sentence is kept, so the sentence is searched once.
        var key = string.Join("\u0001", expanded.Select(e => e.Expanded));
        if (Compiled.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var combined = new List<(int Index, string Expanded)>();
        var units = new List<Unit>();
        for (var i = 0; i < expanded.Count; i++)
        {
            var (trimmed, pattern, node) = expanded[i];
            var gate = PatternGate.OpensWithList(trimmed) ? PatternGate.Find(trimmed) : null;
            if (gate is null)
            {
                combined.Add((i, pattern));
            }
            else
            {
                units.Add(Unit.Create([(i, pattern)], GateRegex(gate), owner, node));
            }
        }

        if (combined.Count > 0)
        {
            units.Insert(0, Unit.Create(combined, gate: null, owner, expanded[combined[0].Index].Node));
        }

        var set = new PatternSet(units, patterns.Count);
        Compiled.TryAdd(key, set);
        return set;
    }

    /// <summary>
    /// Checks a pattern as it will run: inside a group, beside other patterns, with groups capturing only when named.
    /// A pattern that compiles on its own can still fail there, or silently mean something else.
    /// </summary>
    private static void Validate(string value, string expanded, YamlNode node, YamlMap owner)
    {
        Regex regex;
        try
        {
            regex = new Regex(expanded, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw owner.Error(node, $"invalid pattern '{value}': {e.Message}");
        }

        try
        {
            _ = new Regex(expanded, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }
        catch (ArgumentException)
        {
            throw owner.Error(node, $"invalid pattern '{value}': numbered back-references such as \\1 do not work, because only named groups capture; name the group: (?<word>…)\\k<word>");
        }

        try
        {
            _ = new Regex("(?:" + expanded + ")", RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            throw owner.Error(node, $"invalid pattern '{value}': it must stay whole inside a group, but it does not (a '#' comment after (?x) runs to its end; write comments as (?#…))");
        }

        if (regex.GetGroupNames().FirstOrDefault(n => n.StartsWith(ReservedGroupPrefix, StringComparison.Ordinal)) is { } reserved)
        {
            throw owner.Error(node, $"invalid pattern '{value}': group names starting with '{ReservedGroupPrefix}' are reserved, so '{reserved}' cannot be used");
        }
    }

    private static Regex? GateRegex(string gate)
    {
        try
        {
            return new Regex(gate, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            // The gate only saves time; without it the pattern runs on every sentence.
            return null;
        }
    }

    public IEnumerable<PatternMatch> Matches(string text)
    {
        if (text.Length == 0 || _units.Count == 0)
        {
            return [];
        }

        if (_units.Count == 1)
        {
            return _units[0].Matches(text);
        }

        var matches = new List<PatternMatch>();
        foreach (var unit in _units)
        {
            matches.AddRange(unit.Matches(text));
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return matches;
    }

    public bool IsMatch(string text)
    {
        // Rules ask the same question of the same sentence many times (every pattern that requires a health term
        // does); the last answer is kept. The pair is replaced as a whole, so threads never see half of one.
        var last = _last;
        if (last is not null && ReferenceEquals(last.Item1, text))
        {
            return last.Item2;
        }

        var result = false;
        var known = true;
        foreach (var unit in _units)
        {
            var answer = unit.IsMatch(text);
            if (answer == true)
            {
                result = true;
                known = true;
                break;
            }

            known &= answer.HasValue;
        }

        // An answer cut short by a time limit is not kept: another rule, with time left, may ask again.
        if (known)
        {
            _last = Tuple.Create(text, result);
        }

        return result;
    }

    /// <summary>Whether a match of this set overlaps [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public bool Overlaps(string text, int start, int end)
    {
        foreach (var match in Matches(text))
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

    /// <summary>One compiled expression over some of the set's patterns, with an optional gate in front.</summary>
    private sealed class Unit
    {
        private readonly Regex _regex;
        private readonly Regex? _gate;
        private readonly SearchValues<string>? _literals;
        private readonly (string Group, int Index)[] _patterns;

        private Unit(Regex regex, Regex? gate, SearchValues<string>? literals, (string, int)[] patterns)
        {
            _regex = regex;
            _gate = gate;
            _literals = literals;
            _patterns = patterns;
        }

        public static Unit Create(IReadOnlyList<(int Index, string Expanded)> patterns, Regex? gate, YamlMap owner, YamlNode node)
        {
            var alternatives = new StringBuilder();
            var groups = new (string, int)[patterns.Count];
            for (var k = 0; k < patterns.Count; k++)
            {
                var group = ReservedGroupPrefix + "p" + k.ToString(CultureInfo.InvariantCulture);
                groups[k] = (group, patterns[k].Index);
                if (k > 0)
                {
                    alternatives.Append('|');
                }

                alternatives.Append("(?<").Append(group).Append('>').Append(patterns[k].Expanded).Append(')');
            }

            // The non-backtracking engine has no lookarounds, so its word guards consume the separators around the
            // match and the match proper is the group "hl_m". The backtracking engine gets lookarounds instead: they
            // leave the alternation's first characters in front, which it uses to skip ahead quickly.
            Regex regex;
            try
            {
                try
                {
                    regex = new Regex($"(?:^|{NotWord})(?<{MatchGroup}>{alternatives})(?:{NotWord}|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, MatchTimeout);
                }
                catch (NotSupportedException)
                {
                    regex = new Regex($"(?<!{WordChar})(?<{MatchGroup}>{alternatives})(?!{WordChar})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
                }
            }
            catch (ArgumentException e)
            {
                // Each pattern was checked on its own and inside a group; this is only a last guard.
                throw owner.Error(node, $"the patterns cannot be combined into one expression: {e.Message}");
            }

            var literals = RequiredLiterals.OfAny(patterns.Select(p => p.Expanded));
            return new Unit(regex, gate, literals is null ? null : SearchValues.Create(literals.ToArray(), StringComparison.Ordinal), groups);
        }

        /// <summary>Whether the text matches, or <see langword="null"/> when that could not be told in time.</summary>
        public bool? IsMatch(string text)
        {
            var budget = PatternBudget.Current;
            if (budget is { IsSpent: true })
            {
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                return (_literals is null || text.AsSpan().ContainsAny(_literals)) && (_gate is null || _gate.IsMatch(text)) && _regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                budget?.RecordTimeout();
                return null;
            }
            finally
            {
                budget?.Spend(started);
            }
        }

        public IEnumerable<PatternMatch> Matches(string text)
        {
            // Most sentences match nothing, and telling that costs far less than finding where and which pattern matched.
            if (IsMatch(text) != true)
            {
                yield break;
            }

            var position = 0;
            while (position <= text.Length)
            {
                var match = NextMatch(text, position);
                if (match is not { Success: true })
                {
                    yield break;
                }

                var (start, end) = Bounds(match);
                yield return new PatternMatch(start, end, WhichPattern(match));

                // Search again just after where this match starts: a rule may reject this match (an exception, a cue),
                // and a shorter or later one that overlaps it must still be found. Never go back.
                position = Math.Max(position, start) + 1;
            }
        }

        /// <summary>The next match from <paramref name="position"/>, or <see langword="null"/> when the budget or the time limit cut the search short.</summary>
        private Match? NextMatch(string text, int position)
        {
            var budget = PatternBudget.Current;
            if (budget is { IsSpent: true })
            {
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                return _regex.Match(text, position);
            }
            catch (RegexMatchTimeoutException)
            {
                budget?.RecordTimeout();
                return null;
            }
            finally
            {
                budget?.Spend(started);
            }
        }

        /// <summary>
        /// The match proper: the group "hl_m", or, where the non-backtracking engine reports the whole match without
        /// its groups, the match less the word separators it consumed.
        /// </summary>
        private static (int Start, int End) Bounds(Match match)
        {
            var found = match.Groups[MatchGroup];
            if (found.Success)
            {
                return (found.Index, found.Index + found.Length);
            }

            var start = match.Index;
            var end = match.Index + match.Length;
            var text = match.Value;
            if (text.Length > 0 && !char.IsLetterOrDigit(text[0]) && text[0] != '_')
            {
                start++;
            }

            if (end > start && text.Length > 1 && !char.IsLetterOrDigit(text[^1]) && text[^1] != '_')
            {
                end--;
            }

            return (start, Math.Max(start, end));
        }

        private int WhichPattern(Match match)
        {
            foreach (var (group, index) in _patterns)
            {
                if (match.Groups[group].Success)
                {
                    return index;
                }
            }

            return _patterns[0].Index;
        }
    }
}
