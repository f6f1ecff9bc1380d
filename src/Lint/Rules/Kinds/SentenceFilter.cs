using System.Text.RegularExpressions;
using HealthLint.Analysis;
using HealthLint.Analysis.Cues;
using HealthLint.Documents;

namespace HealthLint.Rules.Kinds;

/// <summary>Applies a rule's <see cref="CueFilter"/> to a match in a sentence.</summary>
internal static partial class SentenceFilter
{
    public static bool IsSilenced(CueFilter filter, Sentence sentence, BlockFacts facts, int start, int end)
    {
        var cues = sentence.Cues;
        return ((filter & CueFilter.Questions) != 0 && (cues.IsQuestion || cues.IsInIndirectQuestion(start, end)))
            || ((filter & CueFilter.Topics) != 0 && (facts.IsSymptomItem || IsTopic(sentence)))
            || ((filter & CueFilter.Definitions) != 0 && (cues.IsInDefinition(start) || ContinuesDefinition(sentence, start)))
            || ((filter & CueFilter.Instructions) != 0 && cues.IsInInstruction(start))
            || ((filter & CueFilter.Negated) != 0 && cues.IsNegated(start, end))
            || ((filter & CueFilter.Hedged) != 0 && cues.IsHedged(start, end))
            || ((filter & CueFilter.Reported) != 0 && (facts.IsUnderStance || cues.IsReported(start, end)))
            || ((filter & CueFilter.Hypothetical) != 0 && (facts.IsUnderCondition || cues.IsHypothetical(start, end)));
    }

    /// <summary>
    /// What a condition defined in the sentence before does ("Rosacea is a long-term skin condition. It causes
    /// flushing…"): the pronoun stands for the condition, so the sentence goes on describing it, up to a contrast.
    /// </summary>
    private static bool ContinuesDefinition(Sentence sentence, int start)
    {
        if (sentence.Previous is not { } previous || DescribedByPronoun().Match(sentence.Normalized) is not { Success: true } opening)
        {
            return false;
        }

        // The sentence before must define a condition: "Sugar is a carbohydrate. It causes acne." is a claim.
        if (!previous.Cues.IsInDefinition(0) || !CueLexicon.IsMatch(ConditionDefinition, previous.Normalized))
        {
            return false;
        }

        var contrast = CueLexicon.DefinitionEnd.Match(sentence.Normalized, opening.Length);
        return start < (contrast.Success ? contrast.Index : sentence.Normalized.Length);
    }

    // Each pronoun carries its own verb: "(?:it|they|these|this)(?:'s|'re| is| are)?" makes the .NET 10 source
    // generator emit code that reads past the end of the input ("they are less useful…" throws IndexOutOfRangeException).
    [GeneratedRegex(@"^\W*(?:it(?:'s| is)?|they(?:'re| are)?|these(?: are)?|this(?: is)?) (?:\w+ ){0,2}?(?:causes?|caused|leads? to|affects?|triggers?|spreads?|results? in)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedByPronoun();

    // Built at run time and interpreted: the .NET 10 source generator and the compiled engine get the lazy bounded loop
    // wrong ("gout is a form of inflammatory arthritis…" threw ArgumentOutOfRangeException).
    private static readonly Regex ConditionDefinition = new(
        @"^\W*(?:[\w'’+,-]+ ){1,8}?(?:\([^)]{1,60}\) )?(?:is|are) (?:[\w'’,-]+ ){0,6}?(?:conditions?|diseases?|disorders?|infections?|illness(?:es)?|syndromes?|problems?|inflammation|allergy|allergies|cancers?|virus(?:es)?|injur(?:y|ies)|complications?|tumou?rs?)\b",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// A heading or table cell that names a topic rather than states something: worded as an indirect question
    /// ("What the studies show"), a list title ("7 ways to…"), a gerund ("Preventing blood clots"), or three words
    /// at most after any numbering ("2. Slow breathing", "Blocked nose").
    /// </summary>
    private static bool IsTopic(Sentence sentence) =>
        sentence.Block.Kind is BlockKind.Heading or BlockKind.TableCell
        && (CueLexicon.IsMatch(TopicHeadingExpression, sentence.Normalized) || IsShortLabel(sentence) || EndsWithQuestion(sentence.Block.Text));

    /// <summary>Three words at most, unless the first is a verb that makes a claim of it ("Eases joint stiffness").</summary>
    private static bool IsShortLabel(Sentence sentence)
    {
        // Headings name sections in a few words ("Vitamin D and falls"); a table cell of more words is a statement.
        var limit = sentence.Block.Kind == BlockKind.Heading ? 4 : 3;
        var text = sentence.Normalized;
        return CountWords(text) <= limit && !OpensWithVerb().IsMatch(text) && !text.Any(char.IsDigit);
    }

    /// <summary>A heading that asks ("\"My GP wants me on statins for life. Is that right?\"") is a topic in every sentence.</summary>
    private static bool EndsWithQuestion(string text)
    {
        var trimmed = text.TrimEnd(' ', '"', '\'', '\u201D', '\u2019', ')', '*', '_', '—', '-');
        var dash = trimmed.LastIndexOf(" — ", StringComparison.Ordinal);
        return trimmed.EndsWith('?') || (dash > 0 && trimmed[..dash].TrimEnd(' ', '"', '\'', '\u201D', '\u2019').EndsWith('?'));
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var numbering = true;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                count++;
                numbering = false;
            }
            else if (numbering && char.IsDigit(c))
            {
                continue;
            }

            inWord = letter || (inWord && (c is '\'' or '-'));
        }

        return count;
    }

    // Built at run time and interpreted, with a time limit: the .NET 10 source generator's code for the lazy loops of
    // this expression never returned on "## Symptoms and what to do when turmeric eases eczema".
    private static readonly Regex TopicHeadingExpression = new(
        @"^\W*(?:\d+[.)]?\s*)?(?:[\w'-]+(?: [\w'-]+){0,4}: )?(?:what|how|why|when|which|where|who|whether|(?:should|can|do|does|is|are)(?! (?:help|also|often|usually|reduce|relieve|ease|improve|lower|boost|support|prevent|cause|increase|protect|speed|make|trigger|affect|damage|lead|give|keep)\b)|\w+ing\b|(?:\d+|top \d+|the \d+) (?:\w+ )?(?:ways|tips|things|reasons|signs|steps|questions|myths|facts|foods|habits|mistakes|rules|options|treatments|remedies|exercises|stretches|products|supplements|plants|hacks|secrets|symptoms|causes)|(?:causes|symptoms|signs|treatments?|types|diagnosis|prevention|risks|benefits|side effects|options|tests)(?:(?:,| and| &) (?:causes|symptoms|signs|treatments?|types|diagnosis|prevention|risks|benefits|side effects|options|tests|what (?:[\w']+ ){0,3}?(?:works?|helps?)|when to (?:[\w']+ ){0,3}?[\w']+|how to (?:[\w']+ ){0,3}?[\w']+))+(?=\W*$)|the (?:\w+ )?(?:treatments|remedies|options|ways|things|foods|exercises|supplements) that (?:actually )?(?:work|help)(?: in \d{4})?(?=\W*$))\b",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^\W*(?:\d+[.)]?\s*)?[a-z]+(?<!ss)(?:es|s)\b(?! (?:of|and|in|for)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OpensWithVerb();
}
