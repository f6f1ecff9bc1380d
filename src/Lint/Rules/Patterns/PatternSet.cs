using System.Buffers;
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
/// it, and otherwise on the backtracking engine with a time limit, so no pattern can hang the linter.
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

        // Many patterns require the same thing ("{health}"): one compiled set serves them all, and its answer for a
        // sentence is kept, so the sentence is searched once.
        var key = vocabulary.Expand(string.Join("\u0001", patterns.Select(p => p.Value.Trim())), problem => owner.Error(patterns[0].Node, problem));
        if (Compiled.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var combined = new List<(int Index, string Expanded)>();
        var units = new List<Unit>();
        for (var i = 0; i < patterns.Count; i++)
        {
            var (value, node) = patterns[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                throw owner.Error(node, "a pattern must not be empty");
            }

            var trimmed = value.Trim();
            var expanded = vocabulary.Expand(trimmed, problem => owner.Error(node, problem));
            try
            {
                _ = new Regex(expanded, RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException e)
            {
                throw owner.Error(node, $"invalid pattern '{value}': {e.Message}");
            }

            var gate = PatternGate.OpensWithList(trimmed) ? PatternGate.Find(trimmed) : null;
            if (gate is null)
            {
                combined.Add((i, expanded));
            }
            else
            {
                units.Add(Unit.Create([(i, expanded)], new Regex(gate, RegexOptions.CultureInvariant, MatchTimeout)));
            }
        }

        if (combined.Count > 0)
        {
            units.Insert(0, Unit.Create(combined, gate: null));
        }

        var set = new PatternSet(units, patterns.Count);
        Compiled.TryAdd(key, set);
        return set;
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
        foreach (var unit in _units)
        {
            if (unit.IsMatch(text))
            {
                result = true;
                break;
            }
        }

        _last = Tuple.Create(text, result);
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

        public static Unit Create(IReadOnlyList<(int Index, string Expanded)> patterns, Regex? gate)
        {
            var alternatives = new StringBuilder();
            var groups = new (string, int)[patterns.Count];
            for (var k = 0; k < patterns.Count; k++)
            {
                var group = "p" + k.ToString(CultureInfo.InvariantCulture);
                groups[k] = (group, patterns[k].Index);
                if (k > 0)
                {
                    alternatives.Append('|');
                }

                alternatives.Append("(?<").Append(group).Append('>').Append(patterns[k].Expanded).Append(')');
            }

            // The non-backtracking engine has no lookarounds, so its word guards consume the separators around the
            // match and the match proper is the group "m". The backtracking engine gets lookarounds instead: they
            // leave the alternation's first characters in front, which it uses to skip ahead quickly.
            Regex regex;
            try
            {
                regex = new Regex($"(?:^|{NotWord})(?<m>{alternatives})(?:{NotWord}|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                regex = new Regex($"(?<!{WordChar})(?<m>{alternatives})(?!{WordChar})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
            }

            var literals = RequiredLiterals.OfAny(patterns.Select(p => p.Expanded));
            return new Unit(regex, gate, literals is null ? null : SearchValues.Create(literals.ToArray(), StringComparison.Ordinal), groups);
        }

        public bool IsMatch(string text)
        {
            try
            {
                return (_literals is null || text.AsSpan().ContainsAny(_literals)) && (_gate is null || _gate.IsMatch(text)) && _regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        public IEnumerable<PatternMatch> Matches(string text)
        {
            // Most sentences match nothing, and telling that costs far less than finding where and which pattern matched.
            if (!IsMatch(text))
            {
                yield break;
            }

            var position = 0;
            while (position <= text.Length)
            {
                Match match;
                try
                {
                    match = _regex.Match(text, position);
                }
                catch (RegexMatchTimeoutException)
                {
                    yield break;
                }

                if (!match.Success)
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

        /// <summary>
        /// The match proper: the group "m", or, where the non-backtracking engine reports the whole match without its
        /// groups, the match less the word separators it consumed.
        /// </summary>
        private static (int Start, int End) Bounds(Match match)
        {
            var found = match.Groups["m"];
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
