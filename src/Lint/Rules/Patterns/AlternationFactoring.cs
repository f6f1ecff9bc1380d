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
    public static string Factor(IReadOnlyList<string> branches)
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
                builder.Append(key).Append(bucket.Rests[0], 0, shared).Append("(?:").Append(Factor(bucket.Rests.Select(r => r[shared..]).ToList())).Append(')');
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

        if (c == '(' && branch.StartsWith("(?:", StringComparison.Ordinal))
        {
            var close = RegexSyntax.GroupEnd(branch, 0);
            if (close < 0)
            {
                return null;
            }

            var quantified = close + 1 < branch.Length && branch[close + 1] is '?' or '*' or '+' or '{';
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

            return union;
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
