using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// One pattern of a <see cref="PatternSet"/>, ready to match whole words of normalized text. Most sentences match
/// nothing, so the matcher first asks cheap questions: does the text hold the literals every match needs
/// (<see cref="RequiredLiterals"/>, looked up in the <see cref="LiteralIndex"/>), and does it pass the pattern's gate
/// (<see cref="PatternGate"/>)? Only then does a regular expression run.
/// </summary>
/// <remarks>
/// Patterns that nest unbounded repetitions (<c>(a+)+</c>, <c>(\w+\s?)*</c>), the shape that makes backtracking take
/// exponential time, run on .NET's non-backtracking engine, whose cost grows with the text, never with the
/// pattern's nesting. Every other pattern, and any with lookarounds or back-references, which that engine lacks,
/// runs on the backtracking engine with a time limit per call and the rule's <see cref="PatternBudget"/>. Building
/// the non-backtracking engine costs tens of milliseconds a pattern, too much for every pattern at start-up, so it is
/// built on first use and only for these.
/// </remarks>
internal sealed class PatternMatcher
{
    /// <summary>
    /// The longest pattern that may get the non-backtracking engine as its only engine. Longer ones are word lists
    /// expanded, costly to build that engine for; they run with the time limit and the budget instead.
    /// </summary>
    private const int MaxNonBacktrackingLength = 500;

    private const string WordChar = @"[\p{L}\p{N}_]";
    private const string NotWord = @"[^\p{L}\p{N}_]";

    /// <summary>
    /// How many answers are kept, for all matchers and threads together; a power of two. Rules ask in turn about every
    /// sentence of a document, several rules use the same matchers, and sentences recur from page to page of a site.
    /// </summary>
    private const int RememberedAnswers = 16384;

    private static readonly LastAnswer?[] Answers = new LastAnswer?[RememberedAnswers];

    private static int _created;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<PatternMatcher>> SharedMatchers = new(StringComparer.Ordinal);

    /// <summary>A number that tells this matcher from the others in the kept answers.</summary>
    private readonly int _id = Interlocked.Increment(ref _created);

    /// <summary>The pattern's literal sets, by their ids in the <see cref="LiteralIndex"/>.</summary>
    private readonly int[] _literals;
    private readonly Regex? _gate;

    /// <summary>
    /// The backtracking expression; where <see cref="_openings"/> is known, anchored (<c>\G</c>) to run only at the
    /// places it names.
    /// </summary>
    private readonly Lazy<Regex> _backtracking;

    // Built on first use: a word list's openings make a tree of thousands of nodes, and a short run needs few.
    private readonly Lazy<OpeningIndex>? _openings;

    // Where the openings hold only for texts without some strings (RequiredLiterals.ConditionalOpenings): the id of
    // those strings' set, and the expression that searches every position of a text that holds one.
    private readonly int _unless;
    private readonly Lazy<Regex>? _searching;
    private readonly Lazy<Regex>? _nonBacktracking;

    // Where list entries that open almost anywhere were left out of a narrow form (FactoredPattern): the id of the
    // literals one of which they need, and the narrow counterparts of the backtracking and searching expressions,
    // for texts that hold none of those literals.
    private readonly int _narrowUnless;
    private readonly Lazy<Regex>? _narrowBacktracking;
    private readonly Lazy<Regex>? _narrowSearching;

    /// <summary>The name of the group that holds the match proper, between the word guards.</summary>
    private readonly string _matchGroup;

    private PatternMatcher(int[] literals, Regex? gate, Lazy<Regex> backtracking, Lazy<OpeningIndex>? openings, (int Id, Lazy<Regex> Searching)? unless, Lazy<Regex>? nonBacktracking, (int Id, Lazy<Regex> Backtracking, Lazy<Regex>? Searching)? narrow, string matchGroup, string[] groupNames)
    {
        _unless = unless?.Id ?? -1;
        _searching = unless?.Searching;
        _narrowUnless = narrow?.Id ?? -1;
        _narrowBacktracking = narrow?.Backtracking;
        _narrowSearching = narrow?.Searching;
        GroupNames = groupNames;
        _matchGroup = matchGroup;
        _literals = literals;
        _gate = gate;
        _backtracking = backtracking;
        _openings = openings;
        _nonBacktracking = nonBacktracking;
    }

    /// <summary>The names of the pattern's own groups (and "0", the whole match).</summary>
    public IReadOnlyList<string> GroupNames { get; }

    /// <summary>
    /// Builds the matcher for <paramref name="expanded"/>, the pattern with its word lists expanded, and
    /// <paramref name="factored"/>, the same with its lists factored for the backtracking engine
    /// (<see cref="Vocabulary.ExpandFactored"/>). Unless <paramref name="verified"/>, the pattern is read at once,
    /// so an invalid pattern fails here, when its file is loaded.
    /// </summary>
    /// <remarks>
    /// The expression that runs (the factored pattern between word guards) is built the first time a text passes
    /// the pattern's literals: a short run never needs most of them, and building them all would be most of its
    /// start-up. The pattern read alone says whether it is valid; what it cannot say, whether it stays whole between
    /// the guards, only a '#' comment can spoil, so such a pattern has its expression built at once.
    /// </remarks>
    private static PatternMatcher Create(string expanded, FactoredPattern factored, string? gate, string matchGroup, bool verified)
    {
        // Reading the pattern alone checks it and names its groups; a verified pattern's were checked by its tests.
        var groupNames = verified ? [] : new Regex(expanded, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, PatternSet.MatchTimeout).GetGroupNames();
        var nested = expanded.Length <= MaxNonBacktrackingLength && NestsUnboundedRepetitions(expanded) && FitsNonBacktracking(expanded);
        var (required, openings, unless) = RequiredLiterals.Read(expanded);
        openings = nested ? null : openings;
        unless = openings is null ? null : unless;
        var anchor = openings is null ? "" : @"\G";
        var backtracking = new Lazy<Regex>(() => Guarded(anchor, expanded, factored.Text, matchGroup));
        var searching = unless is null ? null : new Lazy<Regex>(() => Guarded("", expanded, factored.Text, matchGroup));
        if (expanded.Contains('#'))
        {
            _ = backtracking.Value;
        }

        return new PatternMatcher(
            required.Select(set => LiteralIndex.Register(set.ToArray())).ToArray(),
            gate is null ? null : GateRegex(gate),
            backtracking,
            openings is null ? null : new Lazy<OpeningIndex>(() => new OpeningIndex(openings)),
            unless is null ? null : (LiteralIndex.Register([.. unless]), searching!),
            nested ? new Lazy<Regex>(() => NonBacktracking($"(?:^|{NotWord})(?<{matchGroup}>{expanded})(?:{NotWord}|$)") ?? backtracking.Value) : null,
            nested || factored.Narrow is not { } narrow ? null : (
                LiteralIndex.Register([.. factored.NarrowUnless]),
                new Lazy<Regex>(() => Narrow(anchor, narrow, matchGroup) ?? backtracking.Value),
                searching is null ? null : new Lazy<Regex>(() => Narrow("", narrow, matchGroup) ?? searching.Value)),
            matchGroup,
            groupNames);
    }

    /// <summary>The pattern between word guards, its match in <paramref name="matchGroup"/>.</summary>
    private static Regex Guarded(string anchor, string expanded, string factored, string matchGroup)
    {
        try
        {
            return Guarded(anchor, factored, matchGroup);
        }
        catch (ArgumentException) when (!ReferenceEquals(factored, expanded))
        {
            // Factoring keeps a pattern valid; should it not, the pattern runs as written.
            return Guarded(anchor, expanded, matchGroup);
        }
    }

    /// <summary>The narrow form between word guards, or <see langword="null"/> should it not build.</summary>
    private static Regex? Narrow(string anchor, string narrow, string matchGroup)
    {
        try
        {
            return Guarded(anchor, narrow, matchGroup);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // A match cannot start or end inside a word; one that starts or ends with punctuation (": it works") needs no
    // guard on that side, or the colon right after "truth" would keep it from ever matching.
    private static Regex Guarded(string anchor, string pattern, string matchGroup) => new(
        $"{anchor}(?:(?<!{WordChar})|(?={NotWord}))(?<{matchGroup}>{pattern})(?:(?!{WordChar})|(?<={NotWord}))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        PatternSet.MatchTimeout);

    /// <summary>
    /// The matcher for a pattern, shared by every set that uses the same expression: word lists and requirements
    /// recur across rules, and one matcher keeps one answer per sentence for all of them.
    /// </summary>
    /// <remarks>
    /// A <c>verified</c> pattern is known to be valid, as the built-in pack's are from its tests: it is not read whole
    /// to check it, which would be most of the command's start-up. Verified and checked patterns are kept apart, so
    /// that a pattern given by a user is always checked.
    /// </remarks>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static PatternMatcher Shared(string expanded, string factored, string? gate, string matchGroup, bool verified = false) =>
        Shared(expanded, FactoredPattern.Whole(factored), gate, matchGroup, verified);

    /// <inheritdoc cref="Shared(string, string, string?, string, bool)"/>
    public static PatternMatcher Shared(string expanded, FactoredPattern factored, string? gate, string matchGroup, bool verified = false)
    {
        var key = string.Join('\u0001', expanded, factored.Text, factored.Narrow ?? string.Empty, gate ?? string.Empty, matchGroup, verified ? "verified" : "checked");
        var lazy = SharedMatchers.GetOrAdd(key, _ => new Lazy<PatternMatcher>(() => Create(expanded, factored, gate, matchGroup, verified)));
        try
        {
            return lazy.Value;
        }
        catch (ArgumentException)
        {
            SharedMatchers.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>Forgets every kept answer (<see cref="KeptAnswers"/>).</summary>
    internal static void ForgetAnswers() => Array.Clear(Answers);

    /// <summary>The ids of the literal sets every match holds one literal of (none when nothing is required).</summary>
    public IReadOnlyList<int> LiteralSets => _literals;

    /// <summary>
    /// Whether the text matches, given what the <see cref="LiteralIndex"/> found in it (<see cref="LiteralIndex.Read"/>
    /// of this very text), or <see langword="null"/> when that could not be told in time.
    /// </summary>
    public bool? IsMatch(string text, TextLiterals literals) => IsMatch(text, literals, int.MaxValue);

    /// <summary>
    /// Whether the text has a match that starts before <paramref name="before"/>, or <see langword="null"/> when that
    /// could not be told in time. A rule that has found what it wants at some place needs nothing later: where the
    /// pattern is tried at its openings, only those before that place are tried.
    /// </summary>
    public bool? IsMatch(string text, TextLiterals literals, int before) =>
        Ask(text, literals, before) is { } answer ? answer.Matched && (answer.Found.Length == 0 || answer.Found[0].Start < before) : null;

    /// <summary>
    /// The answer for the text, with the matches found so far, or <see langword="null"/> when that could not
    /// be told in time.
    /// </summary>
    private LastAnswer? Ask(string text, TextLiterals literals, int before)
    {
        // Most texts lack the literals, and that answer is a lookup. Otherwise the expression runs, and rules ask the
        // same question of the same sentence many times: the answer is kept in a table, at a place given by the
        // text's content and the matcher.
        if (!literals.HoldsAll(_literals))
        {
            return NoMatch;
        }

        // Entries are replaced whole and never changed, so threads may share the table without locks.
        var slot = HashCode.Combine(literals.Hash, _id) & (RememberedAnswers - 1);
        if (Answers[slot] is { } last && ReferenceEquals(last.Matcher, this) && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last;
        }

        var answer = Answer(text, slot, literals, before);
        if (answer is not null && !ReferenceEquals(answer, NoMatchBefore))
        {
            // An answer cut short by a time limit is not kept: another rule, with time left, may ask again.
            Answers[slot] = answer;
        }

        return answer;
    }

    /// <summary>Whether the expression is tried only where an opening starts: always, if the openings hold.</summary>
    private bool Anchored(TextLiterals literals) => _openings is not null && (_unless < 0 || !literals.Holds(_unless));

    private LastAnswer? Answer(string text, int slot, TextLiterals literals, int before)
    {
        var budget = PatternBudget.Current;
        var started = Environment.TickCount64;
        if (budget is not null && budget.IsSpentAt(started))
        {
            return null;
        }

        try
        {
            if (_gate is not null && !_gate.IsMatch(text))
            {
                return new LastAnswer(this, text, slot, false, [], true);
            }

            if (_nonBacktracking is not null)
            {
                // This engine answers whether much faster than where; the first match is found when it is asked for.
                return _nonBacktracking.Value.IsMatch(text) ? new LastAnswer(this, text, slot, true, [], false) : new LastAnswer(this, text, slot, false, [], true);
            }

            // The first match is kept with the answer: a text that matches is usually asked for its matches next.
            // The first match found before a bound is the first match: only its absence is not an answer to keep.
            var first = FirstFrom(text, literals, 0, started, before, out var bounded);
            return first is { } bounds ? new LastAnswer(this, text, slot, true, [bounds], false)
                : bounded ? NoMatchBefore
                : new LastAnswer(this, text, slot, false, [], true);
        }
        catch (RegexMatchTimeoutException)
        {
            budget?.RecordTimeout();
            return null;
        }
    }

    /// <summary>
    /// Every match in the text, one per position where the pattern matches, in order. The search starts again just
    /// after where each match starts: a rule may reject a match (an exception, a cue), and a shorter or later one
    /// that overlaps it must still be found. The matches found are kept with the answer, so that the next rule, or
    /// the next page with the same sentence, does not search for them again.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="literals">What the <see cref="LiteralIndex"/> found in this very text.</param>
    /// <param name="index">The pattern's place in its set, given with each match.</param>
    public IEnumerable<PatternMatch> Matches(string text, TextLiterals literals, int index) => Matches(text, literals, index, int.MaxValue);

    /// <summary>
    /// <see cref="Matches(string, TextLiterals, int)"/> that start before <paramref name="before"/>: the rest are
    /// not looked for where the pattern is tried at its openings.
    /// </summary>
    public IEnumerable<PatternMatch> Matches(string text, TextLiterals literals, int index, int before)
    {
        if (Ask(text, literals, before) is not { Matched: true } answer)
        {
            yield break;
        }

        var position = 0;
        var found = answer.Found;
        for (var k = 0; position <= text.Length; k++)
        {
            if (k == found.Length)
            {
                if (answer.Complete)
                {
                    yield break;
                }

                if (!TryNextMatch(text, position, literals, before, out var match, out var bounded))
                {
                    // Cut short by a time limit: nothing is kept, and another rule, with time left, may search again.
                    yield break;
                }

                if (match is null && bounded)
                {
                    // None before the bound: whether there is one after it is not known, and not kept.
                    yield break;
                }

                answer = match is { } bounds
                    ? answer with { Found = [.. found, bounds] }
                    : answer with { Complete = true };
                found = answer.Found;
                Answers[answer.Slot] = answer;
                if (match is null)
                {
                    yield break;
                }
            }

            var (start, end) = found[k];
            if (start >= before)
            {
                yield break;
            }

            yield return new PatternMatch(start, end, index);
            position = Math.Max(position, start) + 1;
        }
    }

    /// <summary>
    /// The first match at or after <paramref name="position"/>, <see langword="null"/> when there is none
    /// (<paramref name="bounded"/>: none before <paramref name="before"/>); false when that could not be told in time.
    /// </summary>
    private bool TryNextMatch(string text, int position, TextLiterals literals, int before, out (int Start, int End)? match, out bool bounded)
    {
        match = null;
        bounded = false;
        var budget = PatternBudget.Current;
        var started = Environment.TickCount64;
        if (budget is not null && budget.IsSpentAt(started))
        {
            return false;
        }

        try
        {
            if (_nonBacktracking is not null)
            {
                var found = _nonBacktracking.Value.Match(text, position);
                match = found.Success ? Bounds(found, _matchGroup) : null;
            }
            else
            {
                match = FirstFrom(text, literals, position, started, before, out bounded);
            }

            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            budget?.RecordTimeout();
            return false;
        }
    }

    /// <summary>
    /// The first match of the backtracking expression at or after <paramref name="position"/>, its narrow form where
    /// that finds the same, tried only at the openings where they hold. <paramref name="bounded"/>: openings from
    /// <paramref name="before"/> on were not tried, so that no match found tells nothing about them.
    /// </summary>
    private (int Start, int End)? FirstFrom(string text, TextLiterals literals, int position, long started, int before, out bool bounded)
    {
        var narrow = Narrows(literals);
        var anchored = Anchored(literals);
        bounded = anchored && before < int.MaxValue;
        return anchored ? AnchoredMatch(text, literals, position, started, narrow, before) : First(Searching(narrow), text, position);
    }

    /// <summary>The expression that searches every position: the anchored one's counterpart where there is one.</summary>
    private Regex Searching(bool narrow) => _searching is null ? Backtracking(narrow) : narrow && _narrowSearching is not null ? _narrowSearching.Value : _searching.Value;

    /// <summary>The backtracking expression, or its narrow form.</summary>
    private Regex Backtracking(bool narrow) => narrow && _narrowBacktracking is not null ? _narrowBacktracking.Value : _backtracking.Value;

    /// <summary>Whether the narrow form finds the same matches in the text: it holds none of the left-out entries' literals.</summary>
    private bool Narrows(TextLiterals literals) => _narrowUnless >= 0 && !literals.Holds(_narrowUnless);

    /// <summary>
    /// The first match at or after <paramref name="position"/>, trying the anchored expression only where the
    /// pattern can open: the same match the expression would find by trying every position, since every match
    /// starts at such a place. The tries together keep to the time limit of one call. Openings from
    /// <paramref name="before"/> on are not tried.
    /// </summary>
    private (int Start, int End)? AnchoredMatch(string text, TextLiterals literals, int position, long started, bool narrow, int before)
    {
        var openings = _openings!.Value;
        var expression = Backtracking(narrow);
        var wordStarts = literals.WordStarts;
        for (var start = openings.NextStart(text, wordStarts, position); start >= 0 && start < before; start = openings.NextStart(text, wordStarts, start + 1))
        {
            if (First(expression, text, start) is { } match)
            {
                return match;
            }

            if (Environment.TickCount64 - started > (long)PatternSet.MatchTimeout.TotalMilliseconds)
            {
                throw new RegexMatchTimeoutException(text, expression.ToString(), PatternSet.MatchTimeout);
            }
        }

        return null;
    }

    /// <summary>
    /// The first match of a guarded expression at or after <paramref name="position"/>. Its guards and its anchor take
    /// no characters, so the whole match is the match group, and is read without building the match and its groups.
    /// </summary>
    private static (int Start, int End)? First(Regex guarded, string text, int position)
    {
        foreach (var match in guarded.EnumerateMatches(text, position))
        {
            return (match.Index, match.Index + match.Length);
        }

        return null;
    }

    /// <summary>
    /// The match proper: the match group, or, where the non-backtracking engine reports the whole match without
    /// its groups, the match less the word separators it consumed.
    /// </summary>
    private static (int Start, int End) Bounds(Match match, string matchGroup)
    {
        var found = match.Groups[matchGroup];
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

    /// <summary>
    /// Whether a group repeated without bound holds a repetition without bound: the shape of catastrophic
    /// backtracking. Read roughly, character classes and escapes skipped; a wrong answer costs only speed.
    /// </summary>
    internal static bool NestsUnboundedRepetitions(string pattern)
    {
        var open = new Stack<bool>();
        var inner = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = RegexSyntax.ClassEnd(pattern, i);
                    break;
                case '(':
                    open.Push(inner);
                    inner = false;
                    break;
                case ')' when open.Count > 0:
                    var repeated = IsUnbounded(pattern, i + 1);
                    if (inner && repeated)
                    {
                        return true;
                    }

                    inner = open.Pop() || inner;
                    break;
                case '*' or '+':
                    inner = true;
                    break;
                case '{' when IsUnbounded(pattern, i):
                    inner = true;
                    break;
            }
        }

        return false;
    }

    private static bool IsUnbounded(string pattern, int i)
    {
        if (i >= pattern.Length)
        {
            return false;
        }

        if (pattern[i] is '*' or '+')
        {
            return true;
        }

        if (pattern[i] != '{')
        {
            return false;
        }

        var close = pattern.IndexOf('}', i);
        return close > i && pattern[(i + 1)..close] is var body && body.EndsWith(',') && body[..^1].All(char.IsAsciiDigit) && body.Length > 1;
    }

    /// <summary>Lookarounds, back-references, atomic groups and conditionals do not fit the non-backtracking engine.</summary>
    private static bool FitsNonBacktracking(string expanded) =>
        !expanded.Contains("(?=", StringComparison.Ordinal) && !expanded.Contains("(?!", StringComparison.Ordinal)
        && !expanded.Contains("(?<=", StringComparison.Ordinal) && !expanded.Contains("(?<!", StringComparison.Ordinal)
        && !expanded.Contains("(?>", StringComparison.Ordinal) && !expanded.Contains("(?(", StringComparison.Ordinal)
        && !expanded.Contains(@"\k", StringComparison.Ordinal);

    /// <summary>
    /// The non-backtracking engine has no lookarounds, so its word guards consume the separators around the match.
    /// Returns <see langword="null"/> when the engine cannot take the pattern.
    /// </summary>
    private static Regex? NonBacktracking(string wrapped)
    {
        try
        {
            return new Regex(wrapped, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, PatternSet.MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Regex? GateRegex(string gate)
    {
        try
        {
            return new Regex(gate, RegexOptions.CultureInvariant, PatternSet.MatchTimeout);
        }
        catch (ArgumentException)
        {
            // The gate only saves time; without it the pattern runs on every sentence that holds its literals.
            return null;
        }
    }

    private static readonly LastAnswer NoMatch = new(null, string.Empty, 0, false, [], true);

    /// <summary>No match before the bound asked about: not an answer to keep, since one may follow.</summary>
    private static readonly LastAnswer NoMatchBefore = new(null, string.Empty, 0, false, [], false);

    /// <summary>A matcher's answer for one text: whether it matches and the matches found so far.</summary>
    /// <param name="Matcher">The matcher that answered.</param>
    /// <param name="Text">The text it answered for.</param>
    /// <param name="Slot">Where the answer is kept in <see cref="Answers"/>.</param>
    /// <param name="Matched">Whether the text matches.</param>
    /// <param name="Found">The matches found so far, in the order <see cref="Matches(string, TextLiterals, int)"/> gives them.</param>
    /// <param name="Complete">Whether <paramref name="Found"/> holds every match.</param>
    private sealed record LastAnswer(PatternMatcher? Matcher, string Text, int Slot, bool Matched, (int Start, int End)[] Found, bool Complete);
}
