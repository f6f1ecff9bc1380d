namespace HealthLint.Rules.Patterns;

/// <summary>
/// Finds, in a pattern that opens with a word list (<c>{health} … (?:milder|shorter)</c>), a later part that every
/// match must contain and that needs no word list: a cheap test that most sentences fail, run before the costly
/// pattern. A word list in front makes the regular expression engine try its whole alternation at every word;
/// the gate lets it skip sentences that cannot match.
/// </summary>
internal static class PatternGate
{
    /// <summary>Whether the pattern opens with a word list, which makes it costly to run on every sentence.</summary>
    public static bool OpensWithList(string pattern)
    {
        var trimmed = pattern.TrimStart();
        while (trimmed.StartsWith("(?:", StringComparison.Ordinal))
        {
            trimmed = trimmed[3..];
        }

        return trimmed.StartsWith('{');
    }

    /// <summary>
    /// A required, list-free part of <paramref name="pattern"/> after its first item, as a regular expression, or
    /// <see langword="null"/> when there is none. Required means at top level, not optional and not inside an
    /// alternation.
    /// </summary>
    public static string? Find(string pattern)
    {
        var items = TopLevelItems(pattern);
        if (items is null || items.Count < 2)
        {
            return null;
        }

        string? best = null;
        foreach (var (text, optional) in items.Skip(1))
        {
            if (optional || text.Contains('{') || text.Contains('\\') || text.Contains('['))
            {
                continue;
            }

            var literal = text.StartsWith("(?:", StringComparison.Ordinal) ? text : text.Trim();
            if (literal.Trim().Length < 3)
            {
                continue;
            }

            // The longest candidate is the rarest, on the whole.
            if (best is null || literal.Length > best.Length)
            {
                best = literal;
            }
        }

        return best;
    }

    /// <summary>
    /// Splits a pattern into its top-level items (groups, words between spaces), each with whether it may be left
    /// out; <see langword="null"/> when the pattern has a top-level alternation and so no item is required.
    /// </summary>
    private static List<(string Text, bool Optional)>? TopLevelItems(string pattern)
    {
        var items = new List<(string, bool)>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '|')
            {
                return null;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            if (c == '(')
            {
                var depth = 0;
                for (; i < pattern.Length; i++)
                {
                    if (pattern[i] == '\\')
                    {
                        i++;
                        continue;
                    }

                    if (pattern[i] == '(')
                    {
                        depth++;
                    }
                    else if (pattern[i] == ')' && --depth == 0)
                    {
                        i++;
                        break;
                    }
                }
            }
            else if (c == '{')
            {
                var close = pattern.IndexOf('}', i);
                i = close < 0 ? pattern.Length : close + 1;
            }
            else if (c == '[')
            {
                // A character class is one item, spaces inside it included.
                for (i++; i < pattern.Length && pattern[i] != ']'; i++)
                {
                    if (pattern[i] == '\\')
                    {
                        i++;
                    }
                }

                i++;
            }
            else
            {
                while (i < pattern.Length && pattern[i] is not (' ' or '(' or '{' or '|' or '['))
                {
                    i += pattern[i] == '\\' ? 2 : 1;
                }
            }

            i = Math.Min(i, pattern.Length);
            var text = pattern[start..i];
            var optional = false;
            if (i < pattern.Length && pattern[i] is '?' or '*')
            {
                optional = true;
                i++;
            }
            else if (i < pattern.Length && pattern[i] == '{' && i + 1 < pattern.Length && char.IsDigit(pattern[i + 1]))
            {
                optional = pattern[i + 1] == '0';
                i = Math.Max(i + 1, pattern.IndexOf('}', i) + 1);
            }

            if (i < pattern.Length && pattern[i] == '?')
            {
                i++;
            }

            items.Add((text, optional || text.EndsWith('?')));
        }

        return items;
    }
}
