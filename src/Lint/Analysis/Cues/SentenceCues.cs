using System.Text.RegularExpressions;

namespace HealthLint.Analysis.Cues;

/// <summary>
/// The cues of one sentence and the scope questions rules ask about a match in it: is it negated, hedged,
/// reported, hypothetical? Offsets are into the sentence's normalized text.
/// </summary>
internal sealed partial class SentenceCues
{
    /// <summary>How many words a negator reaches forward, NegEx-style.</summary>
    private const int NegationWindow = 8;

    /// <summary>How many words after a claim a denial ("is a myth") may follow.</summary>
    private const int PostNegationWindow = 6;

    /// <summary>
    /// How many sentences' cues each thread keeps, by content; a power of two. Disclaimers, calls to action and
    /// footers recur from page to page of a site, and their cues are found once. Each thread keeps its own table:
    /// cues are found lazily, on first use, and an object that is still finding them is not shared between threads.
    /// </summary>
    private const int Remembered = 1024;

    private static readonly Regex ListSeparator = ListSeparatorExpression();

    [ThreadStatic]
    private static SentenceCues?[]? t_kept;

    private readonly string _text;

    // Each kind of cue is found on first use: a rule asks only the questions its filter names, and most matches are
    // settled by the first of them.
    private List<Cue>? _negations;
    private List<Cue>? _hedges;
    private List<Cue>? _stances;
    private List<Cue>? _conditions;
    private List<Cue>? _indirectQuestions;
    private List<Cue>? _all;
    private int[]? _strong;
    private int[]? _weak;
    private int[]? _conditionEnds;

    /// <summary>Where the definition of a defining sentence ends; -1 when the sentence does not define.</summary>
    private int? _definitionEnd;

    /// <summary>Where the instruction of an instructing sentence ends; -1 when the sentence does not instruct.</summary>
    private int? _instructionEnd;

    private SentenceCues(string text)
    {
        _text = text;
        IsQuestion = EndsWithQuestionMark(text);
    }

    /// <summary>Every cue of the sentence, by position, then kind.</summary>
    public IReadOnlyList<Cue> Cues => _all ??= All();

    /// <summary>The sentence asks rather than states.</summary>
    public bool IsQuestion { get; }

    private int DefinitionEnd => _definitionEnd ??= ReadDefinitionEnd();

    /// <summary>The sentence tells the reader what to do ("Sit with your back supported…", "If it hurts, call us").</summary>
    public bool IsInstruction => InstructionEnd >= 0;

    private int InstructionEnd => _instructionEnd ??=
        CueLexicon.IsMatch(CueLexicon.Instruction, _text) && !CueLexicon.IsMatch(CueLexicon.DeclarativeAfterInstruction, _text)
            ? (Safe(CueLexicon.InstructionEnd, _text).FirstOrDefault() is { } end ? end.Index : _text.Length)
            : -1;

    /// <summary>Negators (not "not only", "no longer" …) and denials after a claim.</summary>
    private List<Cue> Negations => _negations ??= ReadNegations(_text);

    private List<Cue> Hedges => _hedges ??= Read(CueKind.Hedge, CueLexicon.Hedge, _text);

    private List<Cue> Stances => _stances ??= Read(CueKind.Stance, CueLexicon.Stance, _text);

    private List<Cue> Conditions => _conditions ??= Read(CueKind.Condition, CueLexicon.Condition, _text);

    private List<Cue> IndirectQuestions => _indirectQuestions ??= Read(CueKind.IndirectQuestion, CueLexicon.IndirectQuestion, _text);

    private int[] Strong => _strong ??= Positions(CueLexicon.StrongBoundary, _text);

    private int[] Weak => _weak ??= WeakBoundaries(_text);

    private int[] ConditionEnds => _conditionEnds ??= Positions(CueLexicon.ConditionEnd, _text);

    /// <summary>
    /// The match lies in the instruction of an instructing sentence, not in a reason given for it: in "Never give
    /// aspirin to children, because it has been linked to Reye's syndrome" the reason is a claim.
    /// </summary>
    public bool IsInInstruction(int start) => InstructionEnd >= 0 && start < InstructionEnd;

    /// <summary>
    /// The match lies where the sentence says what something is ("A hypo is when…", "OSA happens when…") rather than
    /// what a treatment does. The definition runs to the next contrast: in "Dry eye is a long-term condition, but
    /// drops keep it under control" the second clause is a claim.
    /// </summary>
    public bool IsInDefinition(int start) => DefinitionEnd >= 0 && start < DefinitionEnd;

    private int ReadDefinitionEnd()
    {
        if (Safe(CueLexicon.Definition, _text).FirstOrDefault() is not { } definition)
        {
            return -1;
        }

        var from = definition.Index + definition.Length;
        foreach (var contrast in Safe(CueLexicon.DefinitionEnd, _text))
        {
            if (contrast.Index >= from)
            {
                return contrast.Index;
            }
        }

        return _text.Length;
    }

    /// <summary>The match lies in an indirect question ("we looked at what the research shows").</summary>
    public bool IsInIndirectQuestion(int start, int end)
    {
        foreach (var cue in IndirectQuestions)
        {
            if (cue.End <= end && cue.Start <= start && !HasBoundary(ConditionEnds, cue.End, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Forgets the cues this thread kept (<see cref="Rules.Patterns.KeptAnswers"/>).</summary>
    internal static void ForgetKept() => t_kept = null;

    /// <summary>The cues of a sentence's normalized text: the same object for a text this thread saw lately.</summary>
    public static SentenceCues Analyze(string normalized)
    {
        var kept = t_kept ??= new SentenceCues?[Remembered];
        var slot = string.GetHashCode(normalized, StringComparison.Ordinal) & (Remembered - 1);
        if (kept[slot] is { } cues && string.Equals(cues._text, normalized, StringComparison.Ordinal))
        {
            return cues;
        }

        return kept[slot] = new SentenceCues(normalized);
    }

    /// <summary>
    /// A negator before the match in its clause, within reach, or a denial just after it. Negators inside the
    /// match are its own ("no side effects") and need an outer one to be negated.
    /// </summary>
    public bool IsNegated(int start, int end)
    {
        foreach (var cue in Negations)
        {
            if (cue.Kind == CueKind.Negation && cue.End <= start
                && !HasBoundary(Weak, cue.End, start) && !HasBoundary(Strong, cue.End, start)
                && WordsBetween(cue.End, start) <= WindowOf(cue)
                && !IsParallelNegation(cue, start)
                && !EndsRelativeClause(cue, end))
            {
                return true;
            }

            if (cue.Kind == CueKind.PostNegation && cue.Start >= end
                && !HasBoundary(Strong, end, cue.Start)
                && WordsBetween(end, cue.Start) <= PostNegationWindow)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A hedge before the match in its clause (clauses split at "but", "however", ";" …), or after it before the next
    /// comma or conjunction: "completely safe, so it can be combined with…" is not hedged by the "can" of another clause.
    /// </summary>
    public bool IsHedged(int start, int end)
    {
        foreach (var cue in Hedges)
        {
            if (Overlaps(cue, start, end))
            {
                // A pattern may name a hedge word itself ("up to", "helps"); an adverb that a wide pattern happens to
                // span ("it usually settles within a few weeks") still qualifies the claim.
                if (cue.Start > start && cue.End < end && IsHedgingAdverb(cue))
                {
                    return true;
                }

                continue;
            }

            if (cue.End <= start
                    ? !HasBoundary(Strong, cue.End, start) && !InClosedRelativeClause(cue, start)
                    : !HasBoundary(Strong, end, cue.Start) && !HasBoundary(Weak, end, cue.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The negation is that of a restrictive relative clause whose verb comes before the match's own: in "a mouth ulcer
    /// that doesn't heal can be a sign of cancer", "doesn't" negates "heal", not "can be a sign". Only a negated
    /// auxiliary after a noun counts: in "worth knowing that no medicine is completely safe" or "that doesn't mean it
    /// will cure", "that" opens what is said, and the negation covers it.
    /// </summary>
    private bool EndsRelativeClause(Cue cue, int end)
    {
        // "doesn't" is read as "does" and the negator "n't"; "does not" as "does" and "not". The word before the
        // pronoun must be a noun the clause describes, not a verb that reports what follows.
        var before = _text.AsSpan(0, cue.Start);
        if (!AuxiliaryWords.Contains(LastWord(ref before))
            || LastWord(ref before) is not ("that" or "which" or "who")
            || LastWord(ref before) is var head && (head.IsEmpty || NotClauseHeads.Contains(head)))
        {
            return false;
        }

        // The clause's verb, an object word perhaps, then the sentence's own verb: the negation stops before it.
        try
        {
            var clause = RelativeClauseThenVerb.Match(_text, cue.End);
            return clause.Success && end > clause.Index + clause.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The last word of <paramref name="text"/>, which then ends before it; empty when there is none.</summary>
    private static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        text = space < 0 ? [] : trimmed[..space];
        return trimmed[(space + 1)..];
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryWords = new HashSet<string>(
        ["do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "need", "ca", "wo"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before "that" that report or judge what follows, and "the" of "the WHO".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotClauseHeads = new HashSet<string>(
        ["the", "know", "knowing", "knew", "agree", "agrees", "agreed", "mean", "means", "meant", "remember", "show", "shows", "showed", "shown",
            "found", "find", "finds", "is", "are", "was", "were", "be", "aware", "sure", "mind", "say", "says", "said", "true", "clear", "so",
            "believe", "believes", "think", "thinks", "note", "noted", "realise", "realize", "understand", "suggest", "suggests", "claim", "claims",
            "argue", "argues", "hope", "given", "fact", "evidence", "way", "idea", "reason", "news", "not", "but", "and"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Regex RelativeClauseThenVerb = RelativeClauseThenVerbExpression();

    // The verb of the clause (not one that reports, as "doesn't mean it will…"), perhaps its object, then the sentence's own
    // verb, which the match must reach past.
    [GeneratedRegex(@"\G\s*(?!(?:mean|say|suggest|imply|prove|guarantee)\b)\w+(?: \w+)? (?=(?:can|may|might|could|will|would|should|must|is|are|was|were|needs?)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeClauseThenVerbExpression();

    /// <summary>
    /// The cue qualifies a relative clause that a comma closes before the match: in "Unlike painkillers, which can
    /// irritate your stomach, the bracelet is totally harmless" the "can" is about the painkillers.
    /// </summary>
    private bool InClosedRelativeClause(Cue cue, int start)
    {
        if (_text.IndexOf(',', cue.End, start - cue.End) < 0)
        {
            return false;
        }

        var open = cue.Start > 0 ? _text.LastIndexOf(',', cue.Start - 1) : -1;
        if (open < 0)
        {
            return false;
        }

        var clause = _text.AsSpan(open + 1, cue.Start - open - 1).TrimStart();
        return clause.StartsWith("which ", StringComparison.Ordinal)
            || clause.StartsWith("who ", StringComparison.Ordinal)
            || clause.StartsWith("whose ", StringComparison.Ordinal);
    }

    /// <summary>
    /// A stance cue in the match's clause (inside the match too: "ads that promise to clear acne"), or the match is a
    /// short phrase in scare quotes.
    /// </summary>
    public bool IsReported(int start, int end)
    {
        foreach (var cue in Stances)
        {
            // A warning before the claim covers its clause; one after it only up to the next comma ("…, which is why
            // misleading claims…" says nothing about the claim before it).
            if ((Overlaps(cue, start, end) || (cue.End <= start ? SameClause(cue, start, end) : !HasBoundary(Weak, end, cue.Start) && !HasBoundary(Strong, end, cue.Start))))
            {
                return true;
            }
        }

        return IsInShortQuote(start, end);
    }

    /// <summary>The match lies inside an "if …" / "unless …" clause.</summary>
    public bool IsHypothetical(int start, int end)
    {
        foreach (var cue in Conditions)
        {
            if (cue.End <= start && !HasBoundary(ConditionEnds, cue.End, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Without" negates the phrase right after it ("without medical advice"), not the rest of the clause.</summary>
    private int WindowOf(Cue cue) => _text.AsSpan(cue.Start, cue.End - cue.Start).SequenceEqual("without") ? 2 : NegationWindow;

    /// <summary>
    /// In "no needles, no drugs and no side effects" each "no" heads its own item: a match that opens with its own
    /// negator is not negated by the negator of an earlier item of the list.
    /// </summary>
    private bool IsParallelNegation(Cue cue, int start)
    {
        var opensWithNegator = false;
        foreach (var other in Negations)
        {
            if (other.Kind == CueKind.Negation && other.Start == start)
            {
                opensWithNegator = true;
                break;
            }
        }

        if (!opensWithNegator)
        {
            return false;
        }

        foreach (Match separator in Safe(ListSeparator, _text))
        {
            if (separator.Index >= cue.End && separator.Index < start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithQuestionMark(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '"' or '\'' or ')' or ']' or ' ' or '*' or '_')
            {
                continue;
            }

            return c == '?';
        }

        return false;
    }

    private static bool Overlaps(Cue cue, int start, int end) => cue.Start < end && start < cue.End;

    /// <summary>A hedging adverb, unless a negation comes right before it: "can't possibly harm you" is no hedge.</summary>
    private bool IsHedgingAdverb(Cue cue)
    {
        if (!HedgingAdverbs.Contains(_text.AsSpan(cue.Start, cue.End - cue.Start)))
        {
            return false;
        }

        foreach (var negation in Negations)
        {
            if (negation.Kind == CueKind.Negation && negation.End <= cue.Start && _text.AsSpan(negation.End, cue.Start - negation.End).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgingAdverbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "usually", "typically", "generally", "normally", "often", "sometimes", "occasionally", "probably", "possibly", "perhaps", "potentially", "mostly",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool SameClause(Cue cue, int start, int end)
    {
        return cue.End <= start
            ? !HasBoundary(Strong, cue.End, start)
            : !HasBoundary(Strong, end, cue.Start);
    }

    private bool IsInShortQuote(int start, int end)
    {
        var open = _text.LastIndexOf('"', Math.Max(start - 1, 0));
        if (open < 0 || open >= start)
        {
            return false;
        }

        var close = _text.IndexOf('"', end);
        if (close < 0)
        {
            return false;
        }

        // An even number of quotes before the opening one means it opens a quotation.
        var before = 0;
        for (var i = 0; i < open; i++)
        {
            if (_text[i] == '"')
            {
                before++;
            }
        }

        return before % 2 == 0 && WordsBetween(open, close) <= 4;
    }

    private static bool HasBoundary(int[] positions, int from, int to)
    {
        var index = Array.BinarySearch(positions, from);
        if (index < 0)
        {
            index = ~index;
        }

        // A boundary right at the end counts: a match may begin with the word that opens its clause ("but it works!").
        return index < positions.Length && positions[index] <= to;
    }

    private int WordsBetween(int from, int to) => CountWords(_text, from, to);

    private static List<Cue> Read(CueKind kind, Regex pattern, string text)
    {
        var cues = new List<Cue>();
        foreach (Match m in Safe(pattern, text))
        {
            cues.Add(new Cue(kind, m.Index, m.Index + m.Length));
        }

        return cues;
    }

    private static List<Cue> ReadNegations(string text)
    {
        var cues = new List<Cue>();
        var pseudo = Spans(CueLexicon.PseudoNegation, text);
        foreach (Match m in Safe(CueLexicon.Negation, text))
        {
            if (!pseudo.Exists(p => p.Start < m.Index + m.Length && m.Index < p.End))
            {
                cues.Add(new Cue(CueKind.Negation, m.Index, m.Index + m.Length));
            }
        }

        cues.AddRange(Read(CueKind.PostNegation, CueLexicon.PostNegation, text));
        return cues;
    }

    private List<Cue> All()
    {
        var cues = new List<Cue>(Negations);
        cues.AddRange(Hedges);
        cues.AddRange(Stances);
        cues.AddRange(Conditions);
        cues.AddRange(IndirectQuestions);
        cues.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return cues;
    }

    private static List<(int Start, int End)> Spans(Regex pattern, string text)
    {
        var spans = new List<(int, int)>();
        foreach (Match m in Safe(pattern, text))
        {
            spans.Add((m.Index, m.Index + m.Length));
        }

        return spans;
    }

    /// <summary>
    /// Clause breaks for negation scope, except the commas and "and"s of a list of short items: in "not intended
    /// to diagnose, treat, cure, or prevent any disease" the negation reaches every item.
    /// </summary>
    private static int[] WeakBoundaries(string text)
    {
        var boundaries = Positions(CueLexicon.WeakBoundary, text);

        // A comma with the "and" or "or" right after it (", and") is one separator: what lies between them is no item.
        var separators = new List<(int Start, int End)>();
        foreach (Match m in Safe(ListSeparator, text))
        {
            if (separators.Count > 0 && CountWords(text, separators[^1].End, m.Index) == 0)
            {
                separators[^1] = (separators[^1].Start, m.Index + m.Length);
            }
            else
            {
                separators.Add((m.Index, m.Index + m.Length));
            }
        }

        if (separators.Count < 2)
        {
            return boundaries;
        }

        var kept = new List<int>(boundaries.Length);
        foreach (var position in boundaries)
        {
            var index = separators.FindIndex(s => s.Start <= position && position < s.End);
            var isListSeparator = index >= 0
                && ((index + 1 < separators.Count && CountWords(text, separators[index].End, separators[index + 1].Start) <= 2)
                    // A list runs "A, B and C": in "greens and nothing artificial, it is safe" the comma ends a clause.
                    || (index > 0 && text[separators[index - 1].Start] == ','
                        && CountWords(text, separators[index - 1].End, separators[index].Start) <= 2));
            if (!isListSeparator)
            {
                kept.Add(position);
            }
        }

        return kept.ToArray();
    }

    private static int CountWords(string text, int from, int to)
    {
        var count = 0;
        var inWord = false;
        for (var i = Math.Max(from, 0); i < Math.Min(to, text.Length); i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static int[] Positions(Regex pattern, string text)
    {
        var positions = new List<int>();
        foreach (Match m in Safe(pattern, text))
        {
            positions.Add(m.Index);
        }

        return positions.ToArray();
    }

    private static IEnumerable<Match> Safe(Regex pattern, string text)
    {
        if (!CueLexicon.MayMatch(pattern, text))
        {
            return [];
        }

        MatchCollection matches;
        try
        {
            matches = pattern.Matches(text);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        return matches;
    }

    [GeneratedRegex(@",|\b(?:and|or)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListSeparatorExpression();
}
