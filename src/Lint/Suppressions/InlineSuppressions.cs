using HealthLint.Documents;
using HealthLint.Rules;

namespace HealthLint.Suppressions;

/// <summary>
/// Applies a document's suppression directives to the findings of its rules: a suppressed finding is kept, marked
/// with <see cref="Finding.Suppression"/>. Then it reports the directives themselves — malformed ones under the
/// <c>invalid-suppression</c> rule, unused ones under the <c>unused-suppression</c> rule — when those rules run.
/// Findings about directives are never suppressed: a directive cannot vouch for itself. Immutable, so one instance
/// serves every thread.
/// </summary>
internal sealed class InlineSuppressions
{
    private readonly DirectiveParser _parser;
    private readonly string[] _ruleIds;
    private readonly HashSet<string> _running;
    private readonly RuleDescriptor? _unused;
    private readonly RuleDescriptor? _invalid;

    /// <param name="pack">Every rule a directive may name, including those turned off.</param>
    /// <param name="running">The rules that run, which decide whether directives are reported on.</param>
    public InlineSuppressions(RuleSet pack, RuleSet running)
    {
        var engine = pack.Rules.Where(r => r is UnusedSuppressionRule or InvalidSuppressionRule).Select(r => r.Descriptor.Id).ToArray();
        _ruleIds = pack.Descriptors.Select(d => d.Id).Except(engine, StringComparer.OrdinalIgnoreCase).ToArray();
        _parser = new DirectiveParser(_ruleIds, engine);
        _running = new HashSet<string>(running.Descriptors.Select(d => d.Id), StringComparer.OrdinalIgnoreCase);
        _unused = running.Rules.OfType<UnusedSuppressionRule>().FirstOrDefault()?.Descriptor;
        _invalid = running.Rules.OfType<InvalidSuppressionRule>().FirstOrDefault()?.Descriptor;
    }

    /// <summary>The findings with suppressions applied and the findings about directives added, sorted as the collector sorts.</summary>
    /// <param name="document">The document the findings are in.</param>
    /// <param name="findings">Its rules' findings.</param>
    /// <param name="severityOf">The severity of each rule's findings.</param>
    /// <param name="incomplete">
    /// Rules that ran but did not check the whole document (their pattern matching was stopped): a disable directive
    /// is not reported as unused for them, since the finding it was written for may be one they did not get to make.
    /// </param>
    public IReadOnlyList<Finding> Apply(Document document, IReadOnlyList<Finding> findings, Func<RuleDescriptor, Severity> severityOf, IReadOnlySet<string>? incomplete = null)
    {
        var directives = _parser.Parse(document);
        if (directives.IsEmpty)
        {
            return findings;
        }

        var resolver = new SuppressionResolver(directives.Directives);
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            result.Add(resolver.Suppressor(finding) is { } directive
                ? finding.WithSuppression(new FindingSuppression(directive.Justification, directive.Region) { Keyword = directive.Keyword })
                : finding);
        }

        var about = new FindingCollector(document, severityOf);
        if (_invalid is not null)
        {
            foreach (var problem in directives.Problems)
            {
                about.Report(_invalid, problem.Comment, problem.Start, problem.End, _invalid.FormatMessage(problem.Message));
            }
        }

        if (_unused is not null)
        {
            foreach (var unused in resolver.Unused(_ruleIds, _running.Contains, incomplete))
            {
                var (start, end) = unused.Span;
                about.Report(_unused, unused.Directive.Comment, start, end, _unused.FormatMessage(unused.Describe()));
            }
        }

        var aboutDirectives = about.ToFindings();
        return aboutDirectives.Count == 0
            ? result
            : result.Concat(aboutDirectives)
                .OrderBy(f => f.StartOffset)
                .ThenBy(f => f.EndOffset)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToArray();
    }
}
