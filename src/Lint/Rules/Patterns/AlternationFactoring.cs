using System.Text;
using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// Writes a word list's alternation as a tree of shared first characters: <c>cure|cut|calm</c> becomes
/// <c>c(?:u(?:re|t)|alm)</c>. The backtracking engine tries an alternation's branches one by one at every word, so a
/// list of five hundred entries costs five hundred attempts a word; factored, it costs one attempt per distinct
/// first character, and then only the entries that share it.
/// </summary>
/// <remarks>
/// The matches do not change. Branches are grouped only with earlier branches that open with the same literal
/// character, and a branch moves ahead of another only when the other cannot open with that character: two branches
/// that cannot both match at a position may be tried in either order. Within a group the branches keep their order,
/// so where several could match, the same one is preferred as before. A branch whose opening cannot be read
/// (a class, an escape, an optional group) stays where it is and is never moved past by a branch it could share
/// an opening with.
/// </remarks>
internal static partial class AlternationFactoring
{
    /// <summary>
    /// How long a list must be before its branches are grouped behind a lookahead for their first character; shorter
    /// lists cost less as a plain tree.
    /// </summary>
    private const int MinDispatched = 30;

    /// <summary>The most branches one branch is written out as (<see cref="Distributed"/>).</summary>
    private const int MaxDistributed = 64;

    /// <summary>Lists already factored, by their branches, each after its length.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Factored = new(StringComparer.Ordinal);

    /// <summary>Characters that mean something in a pattern outside a class.</summary>
    private const string Special = "\\()[]{}|.*+?^$#";

    /// <summary>
    /// Whether the branches can be factored without changing what they match: not when one sets options inline
    /// (they reach into the branches after it), numbers or names groups, or refers back to a group, since moving
    /// branches would renumber them.
    /// </summary>
    public static bool CanFactor(IReadOnlyList<string> branches) =>
        !branches.Any(b => b.Contains("(?<", StringComparison.Ordinal) && !b.Contains("(?<=", StringComparison.Ordinal) && !b.Contains("(?<!", StringComparison.Ordinal)
            || b.Contains("(?'", StringComparison.Ordinal) || b.Contains("(?(", StringComparison.Ordinal) || b.Contains("\\k", StringComparison.Ordinal)
            || InlineOptions().IsMatch(b) || BackReference().IsMatch(b));

    /// <summary>
    /// The alternation of <paramref name="branches"/>, in order of preference, written with shared first characters
    /// factored out, without an enclosing group.
    /// </summary>
    /// <remarks>
    /// Lists recur: a rule file's own vocabulary writes out again the shared lists it builds on, and the narrow form
    /// of a list (<see cref="FactoredPattern"/>) is often the list itself. Each distinct list is factored once.
    /// </remarks>
    public static string Factor(IReadOnlyList<string> branches) =>
        Factored.GetOrAdd(string.Concat(branches.Select(branch => $"{branch.Length}:{branch}")), static (_, list) => Factor(list, MinDispatched), branches);

    /// <summary>
    /// <see cref="Factor(IReadOnlyList{string})"/>, dispatching on the first character from
    /// <paramref name="minDispatched"/> branches up.
    /// </summary>
    /// <remarks>
    /// A branch that can open with many characters (<c>[a-z]{3,}itis</c>, <c>(?:back|neck) pain</c>) cannot be moved,
    /// so it splits the tree: at every word the engine tries it and every group around it. In a long list such
    /// branches are copied into one group per character they can open with, each behind a lookahead for that
    /// character: at any place only one group's lookahead holds, and that group holds, in their order, exactly the
    /// branches that can match there.
    /// </remarks>
    internal static string Factor(IReadOnlyList<string> branches, int minDispatched)
    {
        if (branches.Count < minDispatched)
        {
            return FactorTree(branches, minDispatched);
        }

        branches = branches.SelectMany(Distributed).ToList();
        var openings = branches.Select(FirstCharacters).ToArray();
        if (openings.All(o => o is { Count: 1 }))
        {
            return FactorTree(branches, minDispatched);
        }

        var characters = openings.Where(o => o is not null).SelectMany(o => o!).Distinct().Order().ToArray();
        var builder = new StringBuilder();
        foreach (var c in characters)
        {
            var group = branches.Where((_, i) => openings[i] is not { } opening || opening.Contains(c)).ToList();
            if (builder.Length > 0)
            {
                builder.Append('|');
            }

            // Where every branch of the group opens with the character itself, the tree already tests it first.
            if (!group.All(b => LeadingLiteral(b) is not null))
            {
                builder.Append("(?=[").Append(ClassMember(c)).Append("])");
            }

            builder.Append("(?:").Append(FactorTree(group, minDispatched)).Append(')');
        }

        var unknown = branches.Where((_, i) => openings[i] is null).ToList();
        if (unknown.Count > 0)
        {
            if (builder.Length > 0)
            {
                builder.Append('|');
            }

            // Anywhere else, the end of the text included, only the branches whose openings are not known can match.
            builder.Append(characters.Length > 0 ? "(?![" + string.Concat(characters.Select(ClassMember)) + "])" : "")
                .Append("(?:").Append(FactorTree(unknown, minDispatched)).Append(')');
        }

        return builder.ToString();
    }

    /// <summary>
    /// A branch that opens with a group of alternatives, <c>(?:back|neck) pain</c>, as one branch per alternative,
    /// <c>back pain|neck pain</c>, in the order the engine tries them anyway; an optional group,
    /// <c>(?:acne )?marks</c>, also gives the branch without it, last, as the greedy <c>?</c> does. Whole, such a branch
    /// goes into the group of every character it can open with and is tried there alternative by alternative; written
    /// out, each alternative goes into its own character's group only.
    /// </summary>
    /// <returns>The branches, or the branch itself when it does not open with such a group or would give too many.</returns>
    private static IReadOnlyList<string> Distributed(string branch)
    {
        var written = new List<string>();
        return Distribute(branch, written) ? written : [branch];
    }

    /// <summary>Adds the branches <paramref name="branch"/> stands for to <paramref name="written"/>; false when too many.</summary>
    private static bool Distribute(string branch, List<string> written)
    {
        if (!OpensWithAlternatives(branch, out var close, out var optional))
        {
            written.Add(branch);
            return written.Count <= MaxDistributed;
        }

        var rest = branch[(close + (optional ? 2 : 1))..];
        foreach (var alternative in RegexSyntax.TopLevelBranches(branch[3..close]))
        {
            if (!Distribute(alternative + rest, written))
            {
                return false;
            }
        }

        return !optional || Distribute(rest, written);
    }

    /// <summary>
    /// Whether the branch opens with a group, closing at <paramref name="close"/>, that can open with several characters
    /// and is taken once or greedily left out (<paramref name="optional"/>), not lazily or repeated.
    /// </summary>
    private static bool OpensWithAlternatives(string branch, out int close, out bool optional)
    {
        close = branch.StartsWith("(?:", StringComparison.Ordinal) && FirstCharacters(branch) is { Count: > 1 } ? RegexSyntax.GroupEnd(branch, 0) : -1;
        var after = close + 1;
        optional = close > 0 && after < branch.Length && branch[after] == '?';
        var quantified = optional
            ? after + 1 < branch.Length && branch[after + 1] is '?' or '+'
            : after < branch.Length && branch[after] is '*' or '+' or '{';
        return close > 0 && !quantified;
    }

    /// <summary>A character as it stands for itself in a class.</summary>
    private static string ClassMember(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();

    private static string FactorTree(IReadOnlyList<string> branches, int minDispatched)
    {
        var buckets = new List<Bucket>();
        foreach (var branch in branches)
        {
            var opening = FirstCharacters(branch);
            if (opening is { Count: 1 } && LeadingLiteral(branch) is { } lead)
            {
                var joined = false;
                for (var i = buckets.Count - 1; i >= 0; i--)
                {
                    var bucket = buckets[i];
                    if (bucket.Key == lead)
                    {
                        bucket.Rests.Add(branch[1..]);
                        joined = true;
                        break;
                    }

                    if (bucket.Opening is null || bucket.Opening.Contains(lead))
                    {
                        break;
                    }
                }

                if (!joined)
                {
                    buckets.Add(new Bucket(lead, [lead], [branch[1..]]));
                }

                continue;
            }

            buckets.Add(new Bucket(null, opening, [branch]));
        }

        var builder = new StringBuilder();
        foreach (var bucket in buckets)
        {
            if (!ReferenceEquals(bucket, buckets[0]))
            {
                builder.Append('|');
            }

            if (bucket.Key is not { } key)
            {
                builder.Append(bucket.Rests[0]);
            }
            else if (bucket.Rests.Count == 1)
            {
                builder.Append(key).Append(bucket.Rests[0]);
            }
            else
            {
                // A run of characters every entry of the group shares is written once, not as a group per character.
                var shared = SharedLiteralPrefix(bucket.Rests);
                builder.Append(key).Append(bucket.Rests[0], 0, shared).Append("(?:").Append(Factor(bucket.Rests.Select(r => r[shared..]).ToList(), minDispatched)).Append(')');
            }
        }

        return builder.ToString();
    }

    /// <summary>How many literal characters, each standing alone, all the branches open with.</summary>
    private static int SharedLiteralPrefix(List<string> branches)
    {
        var length = 0;
        while (LeadingLiteral(branches[0][length..]) is { } c && branches.All(b => b.Length > length && b[length] == c && LeadingLiteral(b[length..]) is not null))
        {
            length++;
        }

        return length;
    }

    /// <summary>The branch's first character when it is a literal that stands alone (not quantified).</summary>
    private static char? LeadingLiteral(string branch)
    {
        if (branch.Length == 0 || Special.Contains(branch[0]))
        {
            return null;
        }

        if (branch.Length > 1 && branch[1] is '?' or '*' or '+' or '{')
        {
            return null;
        }

        return branch[0];
    }

    /// <summary>
    /// The characters a branch can open with when its part that ends before <paramref name="quantifier"/> (a '?')
    /// is optional: that part's own, or those of what follows it; <see langword="null"/> when those are not known.
    /// </summary>
    private static HashSet<char>? WithRest(HashSet<char> optional, string branch, int quantifier)
    {
        var rest = quantifier + 1;
        if (rest < branch.Length && branch[rest] == '?')
        {
            rest++;
        }

        if (FirstCharacters(branch[rest..]) is not { } following)
        {
            return null;
        }

        following.UnionWith(optional);
        return following;
    }

    /// <summary>
    /// The characters a match of <paramref name="branch"/> can open with, or <see langword="null"/> when that is not
    /// known or a match can be empty.
    /// </summary>
    internal static HashSet<char>? FirstCharacters(string branch)
    {
        if (branch.Length == 0)
        {
            return null;
        }

        var c = branch[0];
        if (LeadingLiteral(branch) is { } lead)
        {
            return [lead];
        }

        if (!Special.Contains(c) && branch.Length > 1 && branch[1] == '?')
        {
            // An optional character: it, or whatever follows it.
            return WithRest([c], branch, 1);
        }

        if (c == '(' && branch.StartsWith("(?:", StringComparison.Ordinal))
        {
            var close = RegexSyntax.GroupEnd(branch, 0);
            if (close < 0)
            {
                return null;
            }

            var optional = close + 1 < branch.Length && branch[close + 1] == '?';
            var quantified = close + 1 < branch.Length && branch[close + 1] is '*' or '+' or '{';
            if (quantified)
            {
                return null;
            }

            var union = new HashSet<char>();
            foreach (var alternative in RegexSyntax.TopLevelBranches(branch[3..close]))
            {
                if (FirstCharacters(alternative) is not { } first)
                {
                    return null;
                }

                union.UnionWith(first);
            }

            return optional ? WithRest(union, branch, close + 1) : union;
        }

        if (c == '[')
        {
            var close = branch.IndexOf(']', 1);
            if (close < 0 || branch[1] == '^' || branch[1] == ']' || branch.AsSpan(1, close - 1).Contains('\\'))
            {
                return null;
            }

            if (close + 1 < branch.Length && branch[close + 1] is '?' or '*')
            {
                return null;
            }

            if (close + 1 < branch.Length && branch[close + 1] == '{' && !StartsWithPositiveCount(branch, close + 1))
            {
                return null;
            }

            var set = new HashSet<char>();
            for (var i = 1; i < close; i++)
            {
                if (i + 2 < close && branch[i + 1] == '-')
                {
                    for (var x = branch[i]; x <= branch[i + 2]; x++)
                    {
                        set.Add(x);
                    }

                    i += 2;
                }
                else
                {
                    set.Add(branch[i]);
                }
            }

            return set;
        }

        return null;
    }

    /// <summary>Whether the quantifier at <paramref name="open"/> (a '{') asks for at least one repetition.</summary>
    private static bool StartsWithPositiveCount(string pattern, int open)
    {
        var i = open + 1;
        var start = i;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
        {
            i++;
        }

        return i > start && int.TryParse(pattern.AsSpan(start, i - start), out var min) && min > 0;
    }

    [GeneratedRegex(@"\(\?[imnsx]*-?[imnsx]+[:)]")]
    private static partial Regex InlineOptions();

    [GeneratedRegex(@"\\[1-9]")]
    private static partial Regex BackReference();

    private sealed record Bucket(char? Key, HashSet<char>? Opening, List<string> Rests);
}
