using System.Text.RegularExpressions;
using HealthLint.Analysis;
using HealthLint.Documents;

namespace HealthLint.Rules.Kinds;

/// <summary>Applies a rule's <see cref="CueFilter"/> to a match in a sentence.</summary>
internal static partial class SentenceFilter
{
    public static bool IsSilenced(CueFilter filter, Sentence sentence, BlockFacts facts, int start, int end)
    {
        var cues = sentence.Cues;
        return ((filter & CueFilter.Questions) != 0 && (cues.IsQuestion || IsTopicHeading(sentence) || cues.IsInIndirectQuestion(start, end)))
            || ((filter & CueFilter.Instructions) != 0 && cues.IsInInstruction(start))
            || ((filter & CueFilter.Negated) != 0 && cues.IsNegated(start, end))
            || ((filter & CueFilter.Hedged) != 0 && cues.IsHedged(start, end))
            || ((filter & CueFilter.Reported) != 0 && (facts.IsUnderStance || cues.IsReported(start, end)))
            || ((filter & CueFilter.Hypothetical) != 0 && cues.IsHypothetical(start, end));
    }

    /// <summary>A heading worded as an indirect question ("What the studies show") or a list title ("7 ways to…") names a topic; it claims nothing.</summary>
    private static bool IsTopicHeading(Sentence sentence) =>
        sentence.Block.Kind == BlockKind.Heading && TopicHeading().IsMatch(sentence.Normalized);

    [GeneratedRegex(@"^\W*(?:[\w'-]+(?: [\w'-]+){0,4}: )?(?:what|how|why|when|which|where|who|whether|should|can|do|does|is|are|(?:\d+|top \d+|the \d+) (?:\w+ )?(?:ways|tips|things|reasons|signs|steps|questions|myths|facts|foods|habits|mistakes|rules|options|treatments|remedies|exercises|stretches|products|supplements|plants|hacks|secrets|symptoms|causes))\b", RegexOptions.CultureInvariant)]
    private static partial Regex TopicHeading();
}
