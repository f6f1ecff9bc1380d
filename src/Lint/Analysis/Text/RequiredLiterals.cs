using System.Globalization;
using System.Text;

namespace HealthLint.Analysis.Text;

/// <summary>
/// Reads a regular expression and finds literal strings of which every match must contain at least one: for
/// <c>(?:results?|relief) (?:is|are) guaranteed</c>, "guaranteed". A sentence that contains none of them cannot
/// match, and telling that takes one vectorised scan instead of a run of the regular expression engine, which
/// tries every alternative at every position. The answer is sound or absent: where the reading is unsure (inline
/// options, conditionals, a pattern that can match without any literal) there is none, and the pattern always runs.
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>The most sets kept in a conjunction: more cost a scan each and rarely reject more sentences.</summary>
    private const int MaxSets = 3;

    /// <summary>The most strings an exact set may hold before it is given up, so alternations do not multiply out.</summary>
    private const int MaxExact = 64;

    /// <summary>The most strings kept as the openings of a pattern: a word list's entries, with their variants.</summary>
    private const int MaxOpenings = 4096;

    /// <summary>The length from which openings are not extended further.</summary>
    private const int MinUsefulOpening = 4;

    /// <summary>The largest set whose strings are compared pairwise to drop those that contain another.</summary>
    private const int MaxMinimal = 64;

    /// <summary>The shortest group whose reading is kept for the next pattern that holds it.</summary>
    private const int MinRememberedGroup = 256;

    /// <summary>
    /// Readings of long groups by their text. Patterns share the vocabulary's word lists, each expanded into a group
    /// of thousands of characters, and reading one costs more than the rest of the pattern; a group's reading
    /// depends on its text alone. <see langword="null"/> stands for a group that cannot be read for sure.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Info?> RememberedGroups = new(StringComparer.Ordinal);

    /// <summary>The most selective of <see cref="AllOf"/>'s sets, or <see langword="null"/>.</summary>
    public static IReadOnlyList<string>? Of(string pattern) => AllOf(pattern) is [var first, ..] ? first : null;

    /// <summary>
    /// Sets of literals, each of which every match of <paramref name="pattern"/> contains one of: a match needs a
    /// literal from the first set and one from the second and so on. Empty when nothing can be told for sure.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> AllOf(string pattern) => Read(pattern).Required;

    /// <summary>
    /// Strings of which every match of <paramref name="pattern"/> starts with one, none of them empty: for
    /// <c>\b(?:cures?|heals?) \w+</c>, "cure", "cures", "heal" and "heals" (openings of a pattern that is not a plain
    /// literal stop growing once each has four characters). <see langword="null"/> when a match may start with text
    /// not known here (a class, <c>\w</c>, an optional part that is not a plain literal).
    /// </summary>
    public static IReadOnlyList<string>? Openings(string pattern) => Read(pattern) is { Unless: null } reading ? reading.Openings : null;

    /// <summary>
    /// Openings that hold on a condition: strings of which every match of <paramref name="pattern"/> starts with
    /// one, unless the text holds one of the <c>Unless</c> strings. A word list with an entry that may open with any
    /// letter (<c>[a-z]{3,}itis</c>) keeps the openings of its other entries: that entry needs "itis", and a text
    /// without it can only match where another entry opens. <c>Unless</c> is <see langword="null"/> when the openings
    /// hold for every text, and both are <see langword="null"/> when nothing can be told.
    /// </summary>
    public static (IReadOnlyList<string>? Openings, IReadOnlyList<string>? Unless) ConditionalOpenings(string pattern)
    {
        var (_, openings, unless) = Read(pattern);
        return (openings, unless);
    }

    /// <summary><see cref="AllOf"/> and <see cref="ConditionalOpenings"/> together, from one reading of the pattern.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Required, IReadOnlyList<string>? Openings, IReadOnlyList<string>? Unless) Read(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var reader = new Reader(pattern);
            var node = reader.ReadAlternation();
            if (!reader.AtEnd)
            {
                return ([], null, null);
            }

            var openings = node.Starts is { Count: > 0 } starts && !starts.Any(s => s.Length == 0)
                ? starts.Distinct(StringComparer.Ordinal).ToArray()
                : null;
            string[]? unless = null;
            if (openings is not null && node.Unless is not null)
            {
                // An empty string among them would hold in every text: the openings would tell nothing.
                unless = Minimal(node.Unless);
                openings = unless is null ? null : openings;
            }

            return (Reader.Conjunction(node).Select(Minimal).OfType<string[]>().ToArray(), openings, unless);
        }
        catch (UnsureException)
        {
            return ([], null, null);
        }
    }

    /// <summary>The literals of which every match of any of <paramref name="patterns"/> contains one, or <see langword="null"/>.</summary>
    public static IReadOnlyList<string>? OfAny(IEnumerable<string> patterns)
    {
        var all = new List<string>();
        foreach (var pattern in patterns)
        {
            var literals = Of(pattern);
            if (literals is null)
            {
                return null;
            }

            all.AddRange(literals);
        }

        return Minimal(all);
    }

    /// <summary>Shorter strings first, and strings of one length in ordinal order: the order sets are kept in.</summary>
    private static readonly Comparison<string> ShortestFirst = (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    /// <summary>
    /// Drops the strings that contain another string of the set: a text containing "results" contains "result".
    /// An empty string means a match needs no literal at all, so there is no answer.
    /// </summary>
    private static string[]? Minimal(IReadOnlyCollection<string>? literals)
    {
        if (literals is null || literals.Count == 0 || literals.Any(l => l.Length == 0))
        {
            return null;
        }

        var sorted = new HashSet<string>(literals, StringComparer.Ordinal).ToArray();
        Array.Sort(sorted, ShortestFirst);
        if (sorted.Length > MaxMinimal)
        {
            // Comparing every pair of a word list costs more at start-up than the shorter set saves.
            return sorted;
        }

        var kept = new List<string>();
        foreach (var literal in sorted)
        {
            if (!kept.Any(k => literal.Contains(k, StringComparison.Ordinal)))
            {
                kept.Add(literal);
            }
        }

        return kept.ToArray();
    }

    /// <summary>
    /// What is known of a piece of a pattern: <see cref="Exact"/>, every string it can match when that is a small
    /// finite set; <see cref="Required"/>, sets of strings such that every match contains one string of each set;
    /// <see cref="Openings"/>, strings one of which every match starts with (an empty one tells nothing), when known;
    /// <see cref="Unless"/>, strings one of which every match that does not start with an opening contains.
    /// </summary>
    private sealed record Info(IReadOnlyList<string>? Exact, IReadOnlyList<IReadOnlyList<string>> Required, IReadOnlyList<string>? Openings = null, IReadOnlyList<string>? Unless = null)
    {
        /// <summary>Strings one of which every match starts with, or <see langword="null"/>.</summary>
        public IReadOnlyList<string>? Starts => Exact ?? Openings;

        public static Info Unknown { get; } = new(null, []);

        /// <summary>Matches the empty string only: anchors, word boundaries, lookarounds.</summary>
        public static Info Empty { get; } = new([string.Empty], []);

        public static Info Literal(string text) => new([text], [[text]]);

        /// <summary>A character standing for itself, the commonest item of all: shared for the ASCII characters.</summary>
        public static Info Literal(char c) => c < AsciiLiterals.Length ? AsciiLiterals[c] : Literal(c.ToString());

        private static readonly Info[] AsciiLiterals = Enumerable.Range(0, 128).Select(c => Literal(((char)c).ToString())).ToArray();

        public static Info OneOf(IReadOnlyList<string> texts) => new(texts, [texts]);

        /// <summary>
        /// <c>\d</c>: its match is not known, but it opens with one of the characters it matches, every decimal digit
        /// (<see cref="UnicodeCategory.DecimalDigitNumber"/>), so a pattern that opens with a number has openings.
        /// </summary>
        public static Info Digit { get; } = new(
            null,
            [],
            Enumerable.Range(0, char.MaxValue + 1)
                .Where(c => char.GetUnicodeCategory((char)c) == UnicodeCategory.DecimalDigitNumber)
                .Select(c => ((char)c).ToString())
                .ToArray());
    }

    private sealed class UnsureException : Exception
    {
    }

    /// <summary>A recursive-descent reader of .NET regular expression syntax, computing <see cref="Info"/> as it goes.</summary>
    private sealed class Reader(string pattern)
    {
        private int _position;

        public bool AtEnd => _position >= pattern.Length;

        private char Current => pattern[_position];

        public Info ReadAlternation()
        {
            var branches = new List<Info> { ReadSequence() };
            while (!AtEnd && Current == '|')
            {
                _position++;
                branches.Add(ReadSequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            IReadOnlyList<string>? exact = null;
            if (branches.All(b => b.Exact is not null))
            {
                var union = branches.SelectMany(b => b.Exact!).Distinct(StringComparer.Ordinal).ToList();
                exact = union.Count <= MaxExact ? union : null;
            }

            // Where the branches' strings are known whole, they are the openings too (Info.Starts).
            IReadOnlyList<string>? openings = null;
            IReadOnlyList<string>? unless = null;
            if (exact is null)
            {
                (openings, unless) = OpeningsOf(branches);
            }

            // Each branch needs one string of each of its sets, so a match needs, for each rank, one string of the
            // union of the branches' sets of that rank.
            var conjunctions = branches.Select(Conjunction).ToList();
            var ranks = conjunctions.Min(c => c.Count);
            var required = new List<IReadOnlyList<string>>();
            for (var rank = 0; rank < ranks; rank++)
            {
                required.Add(conjunctions.SelectMany(c => c[rank]).Distinct(StringComparer.Ordinal).ToList());
            }

            return new Info(exact, required, openings, unless);
        }

        /// <summary>
        /// The openings of an alternation: those of its branches. A branch that may open with anything still leaves
        /// them known on a condition, if every match of it needs one of a set of strings (its <c>Unless</c>).
        /// </summary>
        private static (IReadOnlyList<string>? Openings, IReadOnlyList<string>? Unless) OpeningsOf(List<Info> branches)
        {
            var openings = new List<string>();
            List<string>? unless = null;
            foreach (var branch in branches)
            {
                if (branch.Starts is { } starts && !starts.Any(s => s.Length == 0))
                {
                    openings.AddRange(starts);
                    if (branch.Exact is null && branch.Unless is { } inner)
                    {
                        (unless ??= []).AddRange(inner);
                    }
                }
                else if (Conjunction(branch) is [var needed, ..])
                {
                    (unless ??= []).AddRange(needed);
                }
                else
                {
                    return (null, null);
                }
            }

            var union = openings.Distinct(StringComparer.Ordinal).ToList();
            if (union.Count == 0 || union.Count > MaxOpenings || unless?.Count > MaxOpenings)
            {
                return (null, null);
            }

            return (union, unless?.Distinct(StringComparer.Ordinal).ToList());
        }

        /// <summary>Reads items up to '|' or ')': runs of exact items multiply out into longer literals.</summary>
        private Info ReadSequence()
        {
            var candidates = new List<IReadOnlyList<string>>();
            IReadOnlyList<string> run = [string.Empty];
            var whole = true;

            // The openings: the exact items from the start multiplied out, then the openings of the first other item.
            IReadOnlyList<string> opened = [string.Empty];
            IReadOnlyList<string>? unless = null;
            var openingsDone = false;
            while (!AtEnd && Current != '|' && Current != ')')
            {
                var item = ReadQuantified();
                if (!openingsDone)
                {
                    if (item.Exact is not null && opened.Count * item.Exact.Count <= MaxOpenings)
                    {
                        opened = Product(opened, item.Exact);

                        // Openings of a few characters already pick out the few places to try; longer ones only
                        // multiply.
                        openingsDone = opened.All(o => o.Length >= MinUsefulOpening);
                    }
                    else
                    {
                        if (item.Starts is { } starts && opened.Count * starts.Count <= MaxOpenings)
                        {
                            opened = Product(opened, starts);
                            unless = item.Exact is null ? item.Unless : null;
                        }

                        openingsDone = true;
                    }
                }

                if (item.Exact is not null && run.Count * item.Exact.Count <= MaxExact)
                {
                    run = Product(run, item.Exact);
                    continue;
                }

                candidates.Add(run);
                if (item.Exact is not null)
                {
                    // Too many combinations to multiply out: the run so far stands alone, and a new one starts here.
                    run = item.Exact;
                    whole = false;
                    continue;
                }

                candidates.AddRange(item.Required);
                run = [string.Empty];
                whole = false;
            }

            candidates.Add(run);
            return new Info(whole ? run : null, Choose(candidates), opened, whole ? null : unless);
        }

        private Info ReadQuantified()
        {
            var atom = ReadAtom();
            if (AtEnd)
            {
                return atom;
            }

            int min;
            int? max;
            switch (Current)
            {
                case '*':
                    (min, max) = (0, null);
                    _position++;
                    break;
                case '+':
                    (min, max) = (1, null);
                    _position++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    _position++;
                    break;
                case '{' when TryReadBraces(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (!AtEnd && Current == '?')
            {
                _position++;
            }

            if (min == 0)
            {
                return max == 1 && atom.Exact is not null
                    ? new Info(atom.Exact.Prepend(string.Empty).Distinct(StringComparer.Ordinal).ToList(), [])
                    : Info.Unknown;
            }

            if (min == 1 && max == 1)
            {
                return atom;
            }

            var exact = min == max && atom.Exact is not null ? Power(atom.Exact, min) : null;
            return new Info(exact, Conjunction(atom), atom.Starts, exact is null && atom.Exact is null ? atom.Unless : null);
        }

        private bool TryReadBraces(out int min, out int? max)
        {
            min = 0;
            max = null;
            var close = pattern.IndexOf('}', _position);
            if (close < 0)
            {
                return false;
            }

            var body = pattern[(_position + 1)..close];
            var parts = body.Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min))
            {
                return false;
            }

            if (parts.Length == 1)
            {
                max = min;
            }
            else if (parts[1].Length > 0)
            {
                if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var upper))
                {
                    return false;
                }

                max = upper;
            }

            _position = close + 1;
            return true;
        }

        private Info ReadAtom()
        {
            var c = Current;
            switch (c)
            {
                case '(':
                    return ReadGroup();
                case '[':
                    return ReadClass();
                case '\\':
                    return ReadEscape();
                case '.':
                    _position++;
                    return Info.Unknown;
                case '^' or '$':
                    _position++;
                    return Info.Empty;
                case '*' or '+' or '?':
                    throw new UnsureException();
                default:
                    _position++;
                    return Info.Literal(c);
            }
        }

        private Info ReadGroup()
        {
            var end = RegexSyntax.GroupEnd(pattern, _position);
            if (end - _position + 1 < MinRememberedGroup)
            {
                return ReadGroupText();
            }

            var text = pattern.Substring(_position, end - _position + 1);
            if (RememberedGroups.TryGetValue(text, out var remembered))
            {
                _position = end + 1;
                return remembered ?? throw new UnsureException();
            }

            try
            {
                var info = ReadGroupText();
                if (_position == end + 1)
                {
                    RememberedGroups.TryAdd(text, info);
                }

                return info;
            }
            catch (UnsureException)
            {
                RememberedGroups.TryAdd(text, null);
                throw;
            }
        }

        private Info ReadGroupText()
        {
            _position++;
            var zeroWidth = false;
            if (!AtEnd && Current == '?')
            {
                var rest = pattern.AsSpan(_position);
                if (rest.StartsWith("?:") || rest.StartsWith("?>"))
                {
                    _position += 2;
                }
                else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
                {
                    _position += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
                {
                    _position += 3;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
                {
                    var close = rest[1] == '<' ? '>' : '\'';
                    var end = pattern.IndexOf(close, _position + 2);
                    if (end < 0 || pattern.AsSpan(_position + 2, end - _position - 2).ContainsAny("-"))
                    {
                        throw new UnsureException();
                    }

                    _position = end + 1;
                }
                else if (rest.StartsWith("?#"))
                {
                    var end = pattern.IndexOf(')', _position);
                    if (end < 0)
                    {
                        throw new UnsureException();
                    }

                    _position = end + 1;
                    return Info.Empty;
                }
                else
                {
                    // Inline options ("(?i)") change what literals mean, and conditionals are rare: no answer.
                    throw new UnsureException();
                }
            }

            var inner = ReadAlternation();
            if (AtEnd || Current != ')')
            {
                throw new UnsureException();
            }

            _position++;
            return zeroWidth ? Info.Empty : inner;
        }

        /// <summary>A character class: a few plain characters become alternatives ("[sz]"), anything else is unknown.</summary>
        private Info ReadClass()
        {
            _position++;
            var negated = !AtEnd && Current == '^';
            if (negated)
            {
                _position++;
            }

            var members = new StringBuilder();
            var plain = !negated;
            var first = true;
            while (true)
            {
                if (AtEnd)
                {
                    throw new UnsureException();
                }

                var c = Current;
                if (c == ']' && !first)
                {
                    _position++;
                    break;
                }

                first = false;
                if (c == '\\')
                {
                    if (_position + 1 >= pattern.Length)
                    {
                        throw new UnsureException();
                    }

                    var escaped = pattern[_position + 1];
                    if (char.IsLetterOrDigit(escaped))
                    {
                        plain = false;
                        if (escaped is 'p' or 'P' && _position + 2 < pattern.Length && pattern[_position + 2] == '{')
                        {
                            var end = pattern.IndexOf('}', _position);
                            if (end < 0)
                            {
                                throw new UnsureException();
                            }

                            _position = end + 1;
                            continue;
                        }
                    }
                    else
                    {
                        members.Append(escaped);
                    }

                    _position += 2;
                    continue;
                }

                if (c == '[')
                {
                    // A subtraction ("[a-z-[aeiou]]") or a bracket: not worth reading.
                    throw new UnsureException();
                }

                if (c == '-' && members.Length > 0 && _position + 1 < pattern.Length && pattern[_position + 1] != ']')
                {
                    // A range: more than a few characters.
                    plain = false;
                }

                members.Append(c);
                _position++;
            }

            if (!plain || members.Length == 0 || members.Length > 4)
            {
                return Info.Unknown;
            }

            return Info.OneOf(members.ToString().Distinct().Select(m => m.ToString()).ToList());
        }

        private Info ReadEscape()
        {
            if (_position + 1 >= pattern.Length)
            {
                throw new UnsureException();
            }

            var c = pattern[_position + 1];
            _position += 2;
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Info.Empty;
                case 'p' or 'P':
                    var end = pattern.IndexOf('}', _position);
                    if (end < 0)
                    {
                        throw new UnsureException();
                    }

                    _position = end + 1;
                    return Info.Unknown;
                case 'k':
                    var close = pattern.IndexOfAny(['>', '\''], _position);
                    if (close < 0)
                    {
                        throw new UnsureException();
                    }

                    _position = close + 1;
                    return Info.Unknown;
                case 'x' or 'u' or 'c' or '0':
                    // Characters given by code: rare in patterns; reading them is not worth the risk of a wrong answer.
                    throw new UnsureException();
                case 'n':
                    return Info.Literal("\n");
                case 't':
                    return Info.Literal("\t");
                case 'r':
                    return Info.Literal("\r");
                case 'f':
                    return Info.Literal("\f");
                case 'v':
                    return Info.Literal("\v");
                case 'e':
                    return Info.Literal("\u001B");
                case 'a':
                    return Info.Literal("\a");
                case 'd':
                    // A digit opens with itself: one of the decimal digits of any script, as .NET reads \d.
                    return Info.Digit;
                default:
                    // \w \s and their opposites, \D, and back-references by number match text that is not known here.
                    return char.IsLetterOrDigit(c) ? Info.Unknown : Info.Literal(c);
            }
        }

        /// <summary>The sets every match of <paramref name="info"/> needs a string of, most selective first.</summary>
        public static IReadOnlyList<IReadOnlyList<string>> Conjunction(Info info) =>
            Choose(info.Exact is not null ? info.Required.Prepend(info.Exact) : info.Required);

        /// <summary>
        /// The most selective candidates, best first: the one whose shortest string is longest, then the one with
        /// fewest strings. A candidate holding the empty string proves nothing and is never chosen.
        /// </summary>
        private static IReadOnlyList<IReadOnlyList<string>> Choose(IEnumerable<IReadOnlyList<string>> candidates)
        {
            // Called for every branch of every word list, so written without LINQ's sorting machinery.
            var valid = new List<(IReadOnlyList<string> Set, int Shortest, int Order)>();
            foreach (var candidate in candidates)
            {
                var shortest = int.MaxValue;
                foreach (var literal in candidate)
                {
                    shortest = Math.Min(shortest, literal.Length);
                }

                if (candidate.Count > 0 && shortest > 0)
                {
                    valid.Add((candidate, shortest, valid.Count));
                }
            }

            valid.Sort((a, b) => a.Shortest != b.Shortest ? b.Shortest.CompareTo(a.Shortest)
                : a.Set.Count != b.Set.Count ? a.Set.Count.CompareTo(b.Set.Count)
                : a.Order.CompareTo(b.Order));
            var chosen = new List<IReadOnlyList<string>>(Math.Min(MaxSets, valid.Count));
            foreach (var (candidate, _, _) in valid)
            {
                if (chosen.Count == MaxSets)
                {
                    break;
                }

                if (!chosen.Any(c => c.Count == candidate.Count && c.SequenceEqual(candidate)))
                {
                    chosen.Add(candidate);
                }
            }

            return chosen;
        }

        private static IReadOnlyList<string> Product(IReadOnlyList<string> left, IReadOnlyList<string> right)
        {
            if (left.Count == 1 && left[0].Length == 0)
            {
                return right;
            }

            var result = new List<string>(left.Count * right.Count);
            foreach (var l in left)
            {
                foreach (var r in right)
                {
                    result.Add(l + r);
                }
            }

            // Every character of a literal is an item of its own, so one string on a side is the common case; the sets
            // on both sides hold no duplicates, and then neither does their product.
            return left.Count == 1 || right.Count == 1 ? result : result.Distinct(StringComparer.Ordinal).ToList();
        }

        private static IReadOnlyList<string>? Power(IReadOnlyList<string> exact, int count)
        {
            IReadOnlyList<string> result = [string.Empty];
            for (var i = 0; i < count; i++)
            {
                if (result.Count * exact.Count > MaxExact)
                {
                    return null;
                }

                result = Product(result, exact);
            }

            return result;
        }
    }
}
