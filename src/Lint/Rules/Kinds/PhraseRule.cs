using HealthLint.Analysis;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// Kind <c>phrase</c>: flags a sentence that contains one of the patterns, unless a cue the rule ignores silences
/// the match (negation, hedging, reported speech, questions, hypotheticals) or an exception overlaps it (another
/// word sense: "money-back guarantee", "cured ham"). One finding per sentence, on the sentence.
/// </summary>
internal sealed class PhraseRule : Rule
{
    public const string KindName = "phrase";

    public static readonly string[] Keys = ["patterns", "exceptions", "ignore", "vocabulary"];

    private readonly PatternList _patterns;
    private readonly PatternSet _exceptions;
    private readonly CueFilter _ignore;

    private PhraseRule(RuleDescriptor descriptor, PatternList patterns, PatternSet exceptions, CueFilter ignore)
        : base(descriptor)
    {
        _patterns = patterns;
        _exceptions = exceptions;
        _ignore = ignore;
    }

    public static PhraseRule Create(RuleContext context) => new(
        context.Descriptor,
        context.PatternList(context.Map, "patterns"),
        context.Patterns("exceptions"),
        CueFilters.Read(context.Map, "ignore", CueFilter.Negated | CueFilter.Hedged | CueFilter.Reported | CueFilter.Questions | CueFilter.Hypothetical));

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        for (var b = 0; b < analysis.SentencesByBlock.Count; b++)
        {
            var facts = analysis.Facts[b];
            if (facts.IsReferenceEntry || facts.IsLinkList)
            {
                continue;
            }

            foreach (var sentence in analysis.SentencesByBlock[b])
            {
                var trigger = FirstTrigger(sentence, facts);
                if (trigger is { } match)
                {
                    var quoted = sentence.Text[match.Start..match.End];
                    var offset = sentence.Span.Start;
                    findings.Report(Descriptor, sentence.Block, offset, sentence.Span.End, Descriptor.FormatMessage(quoted), offset + match.Start, offset + match.End);
                }
            }
        }
    }

    private PatternMatch? FirstTrigger(Sentence sentence, BlockFacts facts)
    {
        var text = sentence.Normalized;
        foreach (var match in _patterns.Matches(text, sentence.Context))
        {
            if (_exceptions.Overlaps(text, match.Start, match.End)
                || SentenceFilter.IsSilenced(_ignore, sentence, facts, match.Start, match.End))
            {
                continue;
            }

            return match;
        }

        return null;
    }
}
