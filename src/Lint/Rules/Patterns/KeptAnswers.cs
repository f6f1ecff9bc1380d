using HealthLint.Analysis.Cues;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// The answers kept for texts seen lately (pattern answers, literal searches, sentence cues), which let a sentence
/// that recurs from page to page be analysed once. Forgetting them lets a benchmark measure each operation as a
/// fresh run would do it, instead of answering every sentence from the operation before.
/// </summary>
internal static class KeptAnswers
{
    /// <summary>Forgets every answer kept for all threads, and this thread's own.</summary>
    public static void Forget()
    {
        PatternMatcher.ForgetAnswers();
        LiteralIndex.ForgetAnswers();
        SentenceCues.ForgetKept();
    }
}
