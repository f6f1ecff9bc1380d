using HealthLint.Analysis;

namespace HealthLint.Rules.Kinds;

/// <summary>Applies a rule's <see cref="CueFilter"/> to a match in a sentence.</summary>
internal static class SentenceFilter
{
    public static bool IsSilenced(CueFilter filter, Sentence sentence, BlockFacts facts, int start, int end)
    {
        var cues = sentence.Cues;
        return ((filter & CueFilter.Questions) != 0 && cues.IsQuestion)
            || ((filter & CueFilter.Negated) != 0 && cues.IsNegated(start, end))
            || ((filter & CueFilter.Hedged) != 0 && cues.IsHedged(start, end))
            || ((filter & CueFilter.Reported) != 0 && (facts.IsUnderStance || cues.IsReported(start, end)))
            || ((filter & CueFilter.Hypothetical) != 0 && cues.IsHypothetical(start, end));
    }
}
