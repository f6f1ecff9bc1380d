using System.Text.RegularExpressions;
using HealthLint.Documents;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>
/// An expectation written inside a fixture as an HTML comment, beside the text it is about:
/// <c>&lt;!-- expect "phrase" 3:12-3:22 --&gt;</c> (the phrase, found in the extracted block text, maps to that
/// 1-based region, end column exclusive), <c>&lt;!-- expect-not "phrase" --&gt;</c> (no block holds it) and
/// <c>&lt;!-- expect-hidden Reason "phrase" 3:12-3:22 --&gt;</c> (hidden text of that reason holds it, mapped there).
/// In a phrase, <c>\n</c> is a line break and <c>\"</c> a quote.
/// </summary>
internal sealed partial record FixtureExpectation(string Verb, HiddenReason? Reason, string Phrase, SourceRegion? Region, int Line)
{
    public static IReadOnlyList<FixtureExpectation> Parse(string source)
    {
        var lines = new LineIndex(source);
        var list = new List<FixtureExpectation>();
        foreach (Match match in Pattern().Matches(source))
        {
            var reason = match.Groups["reason"].Success ? Enum.Parse<HiddenReason>(match.Groups["reason"].Value) : (HiddenReason?)null;
            var phrase = Unescape(match.Groups["phrase"].Value);
            SourceRegion? region = match.Groups["region"].Success
                ? new SourceRegion(
                    int.Parse(match.Groups["l1"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["c1"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["l2"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["c2"].Value, System.Globalization.CultureInfo.InvariantCulture))
                : null;
            list.Add(new FixtureExpectation(match.Groups["verb"].Value, reason, phrase, region, lines.Position(match.Index).Line));
        }

        return list;
    }

    public override string ToString() => $"line {Line}: {Verb} \"{Phrase}\"{(Region is { } r ? " " + r : string.Empty)}";

    private static string Unescape(string phrase) => phrase.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex("""<!--\s*(?<verb>expect-not|expect-hidden|expect)\s+(?:(?<reason>[A-Za-z]+)\s+)?"(?<phrase>(?:[^"\\]|\\.)*)"(?:\s+(?<region>(?<l1>\d+):(?<c1>\d+)-(?<l2>\d+):(?<c2>\d+)))?\s*-->""")]
    private static partial Regex Pattern();
}
