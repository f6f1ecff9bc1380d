using System.Text.RegularExpressions;

namespace HealthLint.Tests.Findings;

/// <summary>
/// A fixture whose expected findings are written beside the text, markdownlint style, as HTML comments (never prose):
/// <c>&lt;!-- {HL002} --&gt;</c> expects a finding of HL002 starting on that line; <c>&lt;!-- {HL002 4:1-4:54} --&gt;</c>
/// gives its exact region. Only the rules a fixture names are compared.
/// </summary>
internal sealed partial class FindingFixture
{
    private FindingFixture(string name, string text, IReadOnlyList<Expectation> expectations)
    {
        Name = name;
        Text = text;
        Expectations = expectations;
    }

    public string Name { get; }

    public string Text { get; }

    public IReadOnlyList<Expectation> Expectations { get; }

    public IReadOnlySet<string> Rules => Expectations.Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Findings");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static FindingFixture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var expectations = new List<Expectation>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Marker().Matches(lines[i]))
            {
                SourceRegion? region = m.Groups["l1"].Success
                    ? new SourceRegion(Int(m, "l1"), Int(m, "c1"), Int(m, "l2"), Int(m, "c2"))
                    : null;
                expectations.Add(new Expectation(m.Groups["rule"].Value, i + 1, region));
            }
        }

        return new FindingFixture(name, text, expectations);
    }

    /// <summary>The differences between what was expected and what the linter found, one line each; empty when they agree.</summary>
    public IReadOnlyList<string> Compare(string text, DocumentFormat format)
    {
        var findings = new Linter().Lint(text, format, Name).Findings.Where(f => Rules.Contains(f.RuleId)).ToList();
        var problems = new List<string>();
        var unmatched = new List<Finding>(findings);
        foreach (var expected in Expectations)
        {
            var match = unmatched.FirstOrDefault(f => f.RuleId == expected.RuleId
                && (expected.Region is { } region ? f.Region == region : f.Region.StartLine == expected.Line));
            if (match is null)
            {
                var near = findings.Where(f => f.RuleId == expected.RuleId && f.Region.StartLine == (expected.Region?.StartLine ?? expected.Line)).Select(f => f.Region.ToString());
                problems.Add($"{Name}:{expected.Line}: expected {expected.RuleId} {expected.Region?.ToString() ?? "on this line"}; found there: {string.Join(", ", near.DefaultIfEmpty("nothing"))}");
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        problems.AddRange(unmatched.Select(f => $"{Name}:{f.Region.StartLine}: unexpected {f.RuleId} {f.Region}: {f.Message}"));
        return problems;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?<rule>[A-Z]+\d+)(?: (?<l1>\d+):(?<c1>\d+)-(?<l2>\d+):(?<c2>\d+))?\}")]
    private static partial Regex Marker();

    internal sealed record Expectation(string RuleId, int Line, SourceRegion? Region);
}
