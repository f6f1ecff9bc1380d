using System.Text;
using System.Text.RegularExpressions;
using HealthLint.Documents;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>The Markdown fixtures copied beside the test assembly, and the expectation comments written in them.</summary>
internal static partial class MarkdownFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Markdown");

    public static IEnumerable<string> Names()
        => Directory.GetFiles(Folder, "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> NamesData() => Names().Select(name => new object[] { name });

    /// <summary>The fixture's text exactly as stored: line endings kept, no decoding beyond UTF-8.</summary>
    public static string Load(string name) => new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(Folder, name)));

    public static IReadOnlyList<FixtureExpectation> Expectations(string source)
    {
        var lines = new LineIndex(source);
        var expectations = new List<FixtureExpectation>();
        foreach (Match match in ExpectationPattern().Matches(source))
        {
            var kind = match.Groups["kind"].Value switch
            {
                "expect" => ExpectationKind.Present,
                "expect-not" => ExpectationKind.Absent,
                _ => ExpectationKind.Hidden,
            };
            SourceRegion? region = match.Groups["sl"].Success
                ? new SourceRegion(Number(match, "sl"), Number(match, "sc"), Number(match, "el"), Number(match, "ec"))
                : null;
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value : null;
            expectations.Add(new FixtureExpectation(kind, Unescape(match.Groups["phrase"].Value), reason, region, lines.Position(match.Index).Line));
        }

        return expectations;
    }

    /// <summary>Undoes the escapes a phrase may use: <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\uXXXX</c>.</summary>
    public static string Unescape(string phrase)
    {
        var text = new StringBuilder(phrase.Length);
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c != '\\' || i + 1 == phrase.Length)
            {
                text.Append(c);
                continue;
            }

            var next = phrase[++i];
            switch (next)
            {
                case 'n':
                    text.Append('\n');
                    break;
                case 'r':
                    text.Append('\r');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'u' when i + 4 < phrase.Length:
                    text.Append((char)Convert.ToInt32(phrase.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default:
                    text.Append(next);
                    break;
            }
        }

        return text.ToString();
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("""<!--\s*(?<kind>expect-not|expect-hidden|expect)\s+"(?<phrase>(?:[^"\\]|\\.)*)"(?:\s+(?<reason>[A-Za-z]+))?(?:\s+(?<sl>\d+):(?<sc>\d+)-(?<el>\d+):(?<ec>\d+))?\s*-->""")]
    private static partial Regex ExpectationPattern();
}
