using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Parsing;
using HealthLint.Suppressions;

namespace HealthLint.Tests.Suppressions;

/// <summary>
/// The resolver finds a finding's directive through indexes; its answers must be those of the rules as written,
/// checked here by reading every directive for every finding. Articles mix every kind of directive, rule ids in
/// either case, directives for every rule, and lines that the test word rules flag.
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
    public Property Every_finding_gets_the_directive_the_rules_give_it_and_the_same_directives_are_unused() =>
        Prop.ForAll(Article.ToArbitrary(), text =>
        {
            var document = DocumentReader.Read(text, DocumentFormat.Markdown);
            var directives = new DirectiveParser(RuleIds, ["HL900", "HL901"]).Parse(document).Directives;
            var findings = SuppressionLinters.Words().Lint(text, DocumentFormat.Markdown).Findings
                .Where(f => RuleIds.Contains(f.RuleId))
                .ToList();

            var resolver = new SuppressionResolver(directives);
            var written = new WrittenRules(directives);
            foreach (var finding in findings)
            {
                Assert.Same(written.Suppressor(finding), resolver.Suppressor(finding));
            }

            var running = (string id) => !string.Equals(id, "TST003", StringComparison.OrdinalIgnoreCase);
            Assert.Equal(written.Unused(RuleIds, running).Select(Describe), resolver.Unused(RuleIds, running).Select(Describe));
        });

    private static string Describe(UnusedDirective unused) =>
        $"{unused.Directive.SourceStart} {unused.RuleId?.Id} {unused.Enable?.SourceStart}";

    /// <summary>The rules of <see cref="SuppressionResolver"/>, read straight from its summary, every directive read each time.</summary>
    private sealed class WrittenRules(IReadOnlyList<SuppressionDirective> directives)
    {
        private readonly Dictionary<SuppressionDirective, HashSet<string>> _used = [];

        public SuppressionDirective? Suppressor(Finding finding)
        {
            var line = finding.Region.StartLine;
            var directive = directives.FirstOrDefault(d => d.Covers(finding.RuleId)
                    && ((d.Kind == DirectiveKind.DisableLine && d.Region.StartLine == line)
                        || (d.Kind == DirectiveKind.DisableNextLine && d.Region.EndLine + 1 == line)))
                ?? (LastBlock(directives.Count, finding.RuleId, d => d.SourceEnd <= finding.StartOffset) is { Kind: DirectiveKind.Disable } block ? block : null)
                ?? directives.FirstOrDefault(d => d.Kind == DirectiveKind.DisableFile && d.Covers(finding.RuleId));
            if (directive is not null)
            {
                var ids = _used.TryGetValue(directive, out var found) ? found : _used[directive] = new(StringComparer.OrdinalIgnoreCase);
                ids.Add(directive.RuleIds is null ? "*" : finding.RuleId);
            }

            return directive;
        }

        public IEnumerable<UnusedDirective> Unused(IReadOnlyCollection<string> ruleIds, Func<string, bool> running)
        {
            for (var index = 0; index < directives.Count; index++)
            {
                var directive = directives[index];
                var used = directive.Kind == DirectiveKind.Enable ? Closed(index, ruleIds) : _used.GetValueOrDefault(directive) ?? [];
                if (directive.RuleIds is null)
                {
                    if (used.Count == 0)
                    {
                        yield return new UnusedDirective(directive, null, EndOf(index, null));
                    }

                    continue;
                }

                var unused = directive.RuleIds.Where(r => !used.Contains(r.Id) && running(r.Id)).ToList();
                if (unused.Count == directive.RuleIds.Count)
                {
                    yield return new UnusedDirective(directive, null, EndOf(index, directive.RuleIds.Count == 1 ? directive.RuleIds[0].Id : null));
                }
                else
                {
                    foreach (var id in unused)
                    {
                        yield return new UnusedDirective(directive, id, EndOf(index, id.Id));
                    }
                }
            }
        }

        private SuppressionDirective? LastBlock(int before, string ruleId, Func<SuppressionDirective, bool> where) =>
            directives.Take(before).LastOrDefault(d => d.Kind is DirectiveKind.Disable or DirectiveKind.Enable && d.Covers(ruleId) && where(d));

        private HashSet<string> Closed(int index, IReadOnlyCollection<string> ruleIds)
        {
            var enable = directives[index];
            var closed = new HashSet<string>(
                (enable.RuleIds?.Select(r => r.Id) ?? ruleIds).Where(id => LastBlock(index, id, _ => true) is { Kind: DirectiveKind.Disable }),
                StringComparer.OrdinalIgnoreCase);
            if (enable.RuleIds is null && closed.Count > 0)
            {
                closed.Add("*");
            }

            return closed;
        }

        private SuppressionDirective? EndOf(int index, string? ruleId) =>
            directives[index].Kind != DirectiveKind.Disable ? null
            : directives.Skip(index + 1).FirstOrDefault(d => d.Kind == DirectiveKind.Enable && (ruleId is null ? d.RuleIds is null : d.Covers(ruleId)));
    }
}
