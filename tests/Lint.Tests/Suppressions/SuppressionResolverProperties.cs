using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Parsing;
using HealthLint.Suppressions;

namespace HealthLint.Tests.Suppressions;

/// <summary>
/// The resolver finds a finding's directive, and the enables and disables around a directive, through indexes; their
/// answers must be those of the rules as written, checked here by reading every directive each time. Articles mix
/// every kind of directive, directives that name one rule, several or none, and lines the test word rules flag.
/// </summary>
public class SuppressionResolverProperties
{
    private static readonly string[] RuleIds = ["TST001", "TST002", "TST003"];

    private static readonly Gen<string> Names = Gen.Elements("", "TST001", "tst002", "TST003", "TST001 TST002", "TST003, tst001", "TST002 TST003 TST001");

    private static readonly Gen<string> Prose = Gen.Elements("A cure.", "Guaranteed results.", "A miracle cure.", "Plain words.", "A guaranteed miracle.");

    private static readonly Gen<string> Line = Gen.OneOf(
        Prose,
        Names.Select(n => $"<!-- healthlint-disable {n} -->"),
        Names.Select(n => $"<!-- healthlint-enable {n} -->"),
        Names.Select(n => $"<!-- healthlint-disable-next-line {n} -->"),
        Names.Select(n => $"<!-- healthlint-disable-file {n} -->"),
        Names.Zip(Prose).Select(p => $"{p.Item2} <!-- healthlint-disable-line {p.Item1} -->"));

    private static readonly Gen<string> Article = Gen.Choose(1, 40)
        .SelectMany(count => Gen.ArrayOf(Gen.OneOf(Line, Line.Select(l => l + "\n")), count))
        .Select(lines => string.Join('\n', lines));

    [Property(MaxTest = 300)]
    public Property Every_finding_gets_the_directive_the_rules_give_it() =>
        Prop.ForAll(Article.ToArbitrary(), text =>
        {
            var directives = Directives(text);
            var resolver = new SuppressionResolver(directives);
            foreach (var finding in SuppressionLinters.Words().Lint(text, DocumentFormat.Markdown).Findings.Where(f => RuleIds.Contains(f.RuleId)))
            {
                Assert.Same(WrittenSuppressor(directives, finding), resolver.Suppressor(finding));
            }
        });

    [Property(MaxTest = 300)]
    public Property The_index_finds_the_directives_a_reading_of_every_directive_finds() =>
        Prop.ForAll(Article.ToArbitrary(), text =>
        {
            var directives = Directives(text);
            var index = new DirectiveIndex();
            for (var i = 0; i < directives.Count; i++)
            {
                index.Add(directives[i], i);
            }

            var places = Enumerable.Range(0, directives.Count).ToList();
            for (var place = -1; place <= directives.Count; place++)
            {
                var here = place;
                var offset = here >= 0 && here < directives.Count ? directives[here].SourceEnd : int.MaxValue;
                Assert.Equal(places.FirstOrDefault(i => i > here && directives[i].RuleIds is null, -1), index.FirstForEveryRule(here));
                foreach (var id in new[] { "TST001", "tst002", "TST003", "TST004" })
                {
                    Assert.Equal(places.FirstOrDefault(i => i > here && directives[i].Covers(id), -1), index.First(id, here));
                    Assert.Equal(places.LastOrDefault(i => i < here && directives[i].Covers(id), -1), index.Last(id, i => i < here));
                    Assert.Equal(places.LastOrDefault(i => directives[i].SourceEnd <= offset && directives[i].Covers(id), -1), index.Last(id, i => directives[i].SourceEnd <= offset));
                }
            }
        });

    private static IReadOnlyList<SuppressionDirective> Directives(string text) =>
        new DirectiveParser(RuleIds, ["HL900", "HL901"]).Parse(DocumentReader.Read(text, DocumentFormat.Markdown)).Directives;

    /// <summary>The directive <see cref="SuppressionResolver"/>'s summary says suppresses the finding, every directive read.</summary>
    private static SuppressionDirective? WrittenSuppressor(IReadOnlyList<SuppressionDirective> directives, Finding finding)
    {
        var line = finding.Region.StartLine;
        var covering = directives.Where(d => d.Covers(finding.RuleId)).ToList();
        return covering.FirstOrDefault(d => (d.Kind == DirectiveKind.DisableLine && d.Region.StartLine == line)
                || (d.Kind == DirectiveKind.DisableNextLine && d.Region.EndLine + 1 == line))
            ?? (covering.LastOrDefault(d => d.Kind is DirectiveKind.Disable or DirectiveKind.Enable && d.SourceEnd <= finding.StartOffset) is { Kind: DirectiveKind.Disable } block ? block : null)
            ?? covering.FirstOrDefault(d => d.Kind == DirectiveKind.DisableFile);
    }
}
