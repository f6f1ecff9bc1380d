using HealthLint.Analysis;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// Kind <c>claim-needs-source</c>: flags a sentence that makes a claim (a match of one of the claim families) when
/// neither it nor its block (paragraph, list item, table cell) carries a citation. Hedging never silences it: a
/// hedged claim still needs a source. A family marked <c>negatable: false</c> is a claim even when negated
/// ("no side effects", "can't give you the flu"). A <c>model</c> (<see cref="ClaimModelSetting"/>) may report, besides,
/// the sentences no pattern matched that it is sure make a claim.
/// </summary>
internal sealed class ClaimNeedsSourceRule : Rule
{
    public const string KindName = "claim-needs-source";

    public static readonly string[] Keys = ["claims", "patterns", "exceptions", "ignore", "vocabulary", "yieldTo", "model"];

    private static readonly string[] FamilyKeys = ["name", "patterns", "negatable", "message", "ignore"];

    // An array, so that the loop over it in every sentence allocates no enumerator.
    private readonly ClaimFamily[] _families;
    private readonly PatternSet _exceptions;
    private readonly CueFilter _ignore;
    private readonly ClaimModelSetting? _model;

    private ClaimNeedsSourceRule(RuleDescriptor descriptor, IReadOnlyList<ClaimFamily> families, PatternSet exceptions, CueFilter ignore, IReadOnlyList<string> yieldTo, ClaimModelSetting? model)
        : base(descriptor)
    {
        _families = [.. families];
        _exceptions = exceptions;
        _ignore = ignore;
        YieldTo = yieldTo;
        _model = model;
    }

    /// <summary>Rules whose finding triggered by the same words makes this one stay silent there.</summary>
    public override IReadOnlyList<string> YieldTo { get; }

    public static ClaimNeedsSourceRule Create(RuleContext context)
    {
        var map = context.Map;
        var families = new List<ClaimFamily>();
        var nodes = map.List("claims");
        if (map.Has("patterns"))
        {
            // The triggers of a house rule, as one family named after the rule.
            families.Add(new ClaimFamily(context.Descriptor.Name, context.PatternList(map, "patterns"), true, null, CueFilter.None));
        }
        else if (nodes.Count == 0)
        {
            throw map.Error(map.KeyNode("claims") ?? map.Node, "'claims' must list at least one family of claims, or 'patterns' the claims' triggers");
        }

        foreach (var node in nodes)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw map.Error(node, "each entry of 'claims' must be a mapping with 'name' and 'patterns'");
            }

            var family = new YamlMap(map.File, mapping);
            family.AllowOnly(FamilyKeys);
            families.Add(new ClaimFamily(
                family.RequiredString("name"),
                context.PatternList(family, "patterns"),
                family.Bool("negatable", true),
                family.String("message"),
                CueFilters.Read(family, "ignore", CueFilter.None)));
        }

        return new ClaimNeedsSourceRule(
            context.Descriptor,
            families,
            context.Patterns("exceptions"),
            CueFilters.Read(map, "ignore", CueFilter.Negated | CueFilter.Reported | CueFilter.Questions),
            map.StringList("yieldTo").Select(y => y.Value.Trim()).ToArray(),
            ClaimModelSetting.Read(context));
    }

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        for (var b = 0; b < analysis.SentencesByBlock.Count; b++)
        {
            var facts = analysis.Facts[b];
            if (facts.IsReferenceEntry || facts.IsLinkList || facts.HasCitation)
            {
                continue;
            }

            foreach (var sentence in analysis.SentencesByBlock[b])
            {
                if (FirstClaim(sentence, facts, out var anyMatch) is { } claim)
                {
                    if (!ReportedByRuleYieldedTo(findings, sentence, claim.Match))
                    {
                        Report(findings, sentence, claim.Match.Start, claim.Match.End, claim.Family.Message);
                    }
                }
                else if (_model is { } model
                    // A sentence a pattern matched and a cue or an exception silenced (a question, a denial, a warning)
                    // has been judged already: the model only reads sentences no pattern matched.
                    && !anyMatch
                    && !ReportedByRuleYieldedTo(findings, sentence, new PatternMatch(0, sentence.Text.Length, 0))
                    && model.Model.Judge(sentence.Normalized, sentence.Block.Kind, model.Above) is var (probability, start, end)
                    && probability >= model.Above
                    && end > start
                    && !SentenceFilter.IsSilenced(_ignore, sentence, facts, start, end)
                    // A sentence that holds an exception (a description of the body, another sense of a word) is
                    // not the model's to judge: its words look like a claim's.
                    && !_exceptions.Overlaps(sentence.Normalized, 0, sentence.Normalized.Length)
                    && (model.Requires.Count == 0 || model.Requires.IsMatch(sentence.Normalized)))
                {
                    Report(findings, sentence, start, end, model.Message);
                }
            }
        }
    }

    private void Report(FindingCollector findings, Sentence sentence, int start, int end, string? format)
    {
        var quoted = sentence.Text[start..end];
        var message = format is not null ? format.Replace("{0}", quoted, StringComparison.Ordinal) : Descriptor.FormatMessage(quoted);
        findings.Report(Descriptor, sentence.Block, sentence.Span.Start, sentence.Span.End, message);
    }

    // A loop rather than a lambda: a closure over the sentence would be allocated for every sentence checked.
    private bool ReportedByRuleYieldedTo(FindingCollector findings, Sentence sentence, PatternMatch match)
    {
        foreach (var id in YieldTo)
        {
            if (findings.HasReported(id, sentence.Block, sentence.Span.Start + match.Start, sentence.Span.Start + match.End))
            {
                return true;
            }
        }

        return false;
    }

    private (ClaimFamily Family, PatternMatch Match)? FirstClaim(Sentence sentence, BlockFacts facts, out bool anyMatch)
    {
        anyMatch = false;
        var text = sentence.Normalized;
        (ClaimFamily, PatternMatch)? first = null;
        foreach (var family in _families)
        {
            var filter = (family.Negatable ? _ignore : _ignore & ~CueFilter.Negated) | family.Ignore;
            // Only a claim before the one found counts: the patterns are asked for no later ones.
            foreach (var match in family.Patterns.Matches(text, sentence.Context, first is { } found ? found.Item2.Start : int.MaxValue))
            {
                if (first is { } earlier && earlier.Item2.Start <= match.Start)
                {
                    break;
                }

                anyMatch = true;
                if (_exceptions.Overlaps(text, match.Start, match.End)
                    || SentenceFilter.IsSilenced(filter, sentence, facts, match.Start, match.End))
                {
                    continue;
                }

                first = (family, match);
                break;
            }
        }

        return first;
    }
}
