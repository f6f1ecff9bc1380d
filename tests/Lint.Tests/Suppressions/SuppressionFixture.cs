using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthLint.Tests.Suppressions;

/// <summary>
/// A document with suppression directives whose expected findings are written beside the text as HTML comments:
/// <c>{HL002}</c> an active finding of HL002 starting on that line, <c>{HL002 suppressed}</c> a suppressed one,
/// <c>{HL002 suppressed: reason}</c> a suppressed one with that reason, <c>{HL901 18:6-18:29}</c> a finding with that
/// exact region. The rules a fixture names are compared, and always HL900 and HL901, so that no directive is
/// reported unused or invalid without the fixture saying so.
/// </summary>
internal sealed partial class SuppressionFixture
{
    private static readonly string[] DirectiveRules = ["HL900", "HL901"];

    private SuppressionFixture(string name, string text, IReadOnlyList<Expectation> expectations)
    {
        Name = name;
        Text = text;
        Expectations = expectations;
    }

    public string Name { get; }

    public string Text { get; }

    public IReadOnlyList<Expectation> Expectations { get; }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Suppressions");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public DocumentFormat Format => DocumentFormats.TryFromPath(Name, out var format) ? format : throw new InvalidOperationException(Name);

    private IReadOnlySet<string> Rules => Expectations.Select(e => e.RuleId).Concat(DirectiveRules).ToHashSet(StringComparer.Ordinal);

    public static SuppressionFixture Load(string name)
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
                var reason = m.Groups["suppressed"].Success ? m.Groups["reason"].Success ? m.Groups["reason"].Value : "" : null;
                expectations.Add(new Expectation(m.Groups["rule"].Value, i + 1, region, reason));
            }
        }

        return new SuppressionFixture(name, text, expectations);
    }

    /// <summary>The differences between what was expected and what the linter found, one line each; empty when they agree.</summary>
    public IReadOnlyList<string> Compare(IReadOnlyList<Finding> all)
    {
        var findings = all.Where(f => Rules.Contains(f.RuleId)).ToList();
        var problems = new List<string>();
        foreach (var expected in Expectations)
        {
            var match = findings.FirstOrDefault(f => f.RuleId == expected.RuleId
                && (expected.Region is { } region ? f.Region == region : f.Region.StartLine == expected.Line)
                && f.Suppression?.Justification == expected.Reason);
            if (match is null)
            {
                var near = all.Where(f => f.RuleId == expected.RuleId && f.Region.StartLine == (expected.Region?.StartLine ?? expected.Line))
                    .Select(f => f.Region + (f.Suppression is { } s ? $" suppressed: '{s.Justification}'" : " active"));
                problems.Add($"{Name}:{expected.Line}: expected {expected}; found there: {string.Join(", ", near.DefaultIfEmpty("nothing"))}");
            }
            else
            {
                findings.Remove(match);
            }
        }

        problems.AddRange(findings.Select(f => $"{Name}:{f.Region.StartLine}: unexpected {f.RuleId} {f.Region}{(f.Suppression is null ? "" : " (suppressed)")}: {f.Message}"));
        return problems;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?<rule>[A-Z]+\d+)(?: (?<l1>\d+):(?<c1>\d+)-(?<l2>\d+):(?<c2>\d+))?(?<suppressed> suppressed(?:: (?<reason>[^}]*))?)?\}")]
    private static partial Regex Marker();

    internal sealed record Expectation(string RuleId, int Line, SourceRegion? Region, string? Reason)
    {
        public override string ToString() =>
            $"{RuleId} {Region?.ToString() ?? "on this line"}" + (Reason is null ? ", active" : $", suppressed with reason '{Reason}'");
    }
}
