namespace HealthLint.Analysis.Text;

/// <summary>
/// Finds the structure of a regular expression's text without parsing it: where a character class or a group
/// ends, and where a top-level alternation splits. Read roughly — escapes and classes are skipped, nothing else
/// is checked — for callers that only save work with the answer or that have already validated the expression.
/// </summary>
internal static class RegexSyntax
{
    /// <summary>Where the character class opening at <paramref name="open"/> (a '[') closes, or the text's length.</summary>
    public static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i, pattern.Length);
    }

    /// <summary>Where the group opening at <paramref name="open"/> (a '(') closes, or -1 when it does not.</summary>
    public static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    /// <summary>The branches of an alternation at its top level.</summary>
    public static List<string> TopLevelBranches(string alternation)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < alternation.Length; i++)
        {
            switch (alternation[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(alternation, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    branches.Add(alternation[start..i]);
                    start = i + 1;
                    break;
            }
        }

        branches.Add(alternation[start..]);
        return branches;
    }
}
