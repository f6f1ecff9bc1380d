using System.Text;

namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// Markdown that makes a naive parser take quadratic time or nest without end, each case a unit repeated to a given
/// size: the pathological cases of the CommonMark reference implementation's test suite, and those found by fuzzing
/// HealthLint (unclosed link destinations and web addresses, many setext headings or link reference definitions), and
/// thousands of suppression directives, each with a finding to suppress; and one paragraph of care to seek ending
/// in a colon, read as the lead-in of a list of conditions.
/// </summary>
internal static class PathologicalMarkdown
{
    /// <summary>Each case: its name and the text of about <paramref name="bytes"/> bytes.</summary>
    public static IEnumerable<(string Name, string Text)> Cases(int bytes)
    {
        yield return ("nested-strong-emphasis", Around("*a **a ", bytes / 2) + "b" + Around(" a** a*", bytes / 2));
        yield return ("emphasis-closers-without-openers", Around("a_ ", bytes));
        yield return ("emphasis-openers-without-closers", Around("_a ", bytes));
        yield return ("link-closers-without-openers", Around("a]", bytes));
        yield return ("link-openers-without-closers", Around("[a", bytes));
        yield return ("mismatched-openers-and-closers", Around("*a_ ", bytes));
        yield return ("openers-and-closers-multiple-of-3", "a**b" + Around("c* ", bytes));
        yield return ("link-openers-and-emphasis-closers", Around("[ a_", bytes));
        yield return ("bracket-paren-pattern", Around("[ (](", bytes));
        yield return ("image-bracket-pattern", Around("![[]()", bytes));
        yield return ("nested-brackets", new string('[', bytes / 2) + "a" + new string(']', bytes / 2));
        yield return ("nested-block-quotes", new string('>', bytes) + "a");
        yield return ("unclosed-link-destinations", Around("[a](b", bytes));
        yield return ("unclosed-angle-destinations", Around("[a](<b", bytes));
        yield return ("unclosed-html-comments", "</" + Around("<!--", bytes));
        yield return ("web-addresses-without-end", Around("(www.a", bytes));
        yield return ("backtick-runs", BacktickRuns(bytes));
        yield return ("setext-headings", Around("a\n=\n", bytes));
        yield return ("link-reference-definitions", Numbered(i => $"[{i}]: u\n", bytes / 2) + Around("[0] ", bytes / 2));
        yield return ("nested-lists", NestedLists(bytes));
        yield return ("table-rows", "|a|b|\n|-|-|\n" + Around("|x|y|\n", bytes));
        yield return ("next-line-directives", Around("<!-- healthlint-disable-next-line HL002 -->\nThis cream is guaranteed to cure eczema.\n\n", bytes));
        yield return ("disable-enable-directives", Around("<!-- healthlint-disable HL002 -->\nThis cream is guaranteed to cure eczema.\n\n<!-- healthlint-enable HL002 -->\n\n", bytes));
        yield return ("one-paragraph-ending-in-a-colon", Around("go see your doctor when you can ", bytes) + "if:\n\n- the pain gets worse\n");
    }

    private static string Around(string unit, int bytes) => new StringBuilder(bytes + unit.Length).Insert(0, unit, Math.Max(1, bytes / unit.Length)).ToString();

    private static string Numbered(Func<int, string> line, int bytes)
    {
        var text = new StringBuilder(bytes + 32);
        for (var i = 0; text.Length < bytes; i++)
        {
            text.Append(line(i));
        }

        return text.ToString();
    }

    /// <summary>Runs of one, two, three … backticks, none closed, up to the size.</summary>
    private static string BacktickRuns(int bytes)
    {
        var text = new StringBuilder(bytes + 32);
        for (var run = 1; text.Length < bytes; run++)
        {
            text.Append('e').Append('`', run);
        }

        return text.ToString();
    }

    /// <summary>List items, each indented one level deeper than the one before, up to the size.</summary>
    private static string NestedLists(int bytes)
    {
        var text = new StringBuilder(bytes + 32);
        for (var depth = 0; text.Length < bytes; depth++)
        {
            text.Append(' ', 2 * depth).Append("* a\n");
        }

        return text.ToString();
    }
}
