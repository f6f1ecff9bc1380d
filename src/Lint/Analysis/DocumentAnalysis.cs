using System.Text.RegularExpressions;
using HealthLint.Analysis.Cues;
using HealthLint.Documents;

namespace HealthLint.Analysis;

/// <summary>What the rules share about a document, computed once: its sentences and tokens, citations and reference lists.</summary>
internal sealed partial class DocumentAnalysis
{
    private DocumentAnalysis(Document document, DateOnly today, IReadOnlyList<Sentence[]> sentencesByBlock, IReadOnlyList<BlockFacts> facts, bool hasReferenceList)
    {
        Document = document;
        Today = today;
        SentencesByBlock = sentencesByBlock;
        Facts = facts;
        HasReferenceList = hasReferenceList;
    }

    public Document Document { get; }

    /// <summary>The date the document is linted on, for rules that check how old a date is.</summary>
    public DateOnly Today { get; }

    /// <summary>The sentences of each block, indexed like <see cref="Document.Blocks"/>.</summary>
    /// <remarks>Arrays, so that the rules' loops over every block's sentences allocate no enumerators.</remarks>
    public IReadOnlyList<Sentence[]> SentencesByBlock { get; }

    /// <summary>Facts about each block, indexed like <see cref="Document.Blocks"/>.</summary>
    public IReadOnlyList<BlockFacts> Facts { get; }

    /// <summary>The document has a list of references or footnotes that numbered markers can point to.</summary>
    public bool HasReferenceList { get; }

    public IEnumerable<Sentence> Sentences => SentencesByBlock.SelectMany(s => s);

    /// <summary>Analyzes a document linted today, by the machine's clock.</summary>
    public static DocumentAnalysis Analyze(Document document) => Analyze(document, DateOnly.FromDateTime(DateTime.Now));

    public static DocumentAnalysis Analyze(Document document, DateOnly today)
    {
        var blocks = document.Blocks;
        var sentences = new List<Sentence[]>(blocks.Count);
        foreach (var block in blocks)
        {
            var spans = SentenceSplitter.Split(block.Text);
            var blockSentences = new Sentence[spans.Count];
            for (var i = 0; i < spans.Count; i++)
            {
                blockSentences[i] = new Sentence(block, spans[i]) { Previous = i > 0 ? blockSentences[i - 1] : null };
            }

            sentences.Add(blockSentences);
        }

        var inReferences = ReferenceSections(blocks);
        var hasReferenceList = HasReferences(document, blocks, inReferences);
        var underStance = StanceSections(blocks);
        var underCondition = ListsIntroducedBy(blocks, ConditionHeading(), ConditionLeadIn());
        var symptoms = ListsIntroducedBy(blocks, SymptomHeading(), SymptomLeadIn());
        var facts = new List<BlockFacts>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var citations = CitationFinder.Find(block.Text);
            facts.Add(new BlockFacts
            {
                IsReferenceEntry = inReferences[i] || (block.Context & BlockContext.Footnote) != 0,
                IsLinkList = IsMostlyInternalLinks(block),
                HasCitation = HasCitation(block, citations, hasReferenceList),
                IsUnderStance = underStance[i],
                IsUnderCondition = underCondition[i],
                IsSymptomItem = symptoms[i],
                TextCitations = citations,
            });
        }

        return new DocumentAnalysis(document, today, sentences, facts, hasReferenceList);
    }

    private static bool HasCitation(ProseBlock block, IReadOnlyList<TextCitation> citations, bool hasReferenceList)
    {
        foreach (var link in block.Links)
        {
            if (link.Kind == LinkKind.External || (link.Kind == LinkKind.InPage && ReferenceAnchor().IsMatch(link.Target)))
            {
                return true;
            }
        }

        if (block.Markers.Count > 0)
        {
            return true;
        }

        foreach (var citation in citations)
        {
            if (citation.Kind == TextCitationKind.AuthorYear || hasReferenceList)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMostlyInternalLinks(ProseBlock block)
    {
        var linked = 0;
        foreach (var link in block.Links)
        {
            if (link.Kind is LinkKind.Relative or LinkKind.InPage)
            {
                linked += link.End - link.Start;
            }
        }

        // A breadcrumb trail ("Community › Hearing board") is navigation too.
        if (block.Text.Contains('\u203A') || block.Text.Contains('\u00BB'))
        {
            return true;
        }

        if (linked == 0)
        {
            return false;
        }

        // Link text counts spaces too; letters alone keep "Related:" style prefixes from tipping the balance. Most
        // blocks are prose with a link or none: the count stops once the letters outweigh the links.
        var letters = 0;
        foreach (var c in block.Text)
        {
            if (char.IsLetterOrDigit(c) && ++letters * 0.8 > linked)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks the blocks under a "References" / "Sources" heading, up to the next heading of the same or a higher level.</summary>
    private static bool[] ReferenceSections(IReadOnlyList<ProseBlock> blocks)
    {
        var marks = new bool[blocks.Count];
        var level = 0;

        // A paragraph that is only a label ("**References**", "Sources:") heads the list right after it.
        var underLabel = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                underLabel = false;
                if (level > 0 && block.HeadingLevel <= level)
                {
                    level = 0;
                }

                if (level == 0 && ReferenceHeading().IsMatch(TextNormalizer.Normalize(block.Text)))
                {
                    level = Math.Max(block.HeadingLevel, 1);
                }

                continue;
            }

            underLabel = block.Kind == BlockKind.ListItem
                ? underLabel
                : block.Kind == BlockKind.Paragraph && ReferenceLabel().IsMatch(TextNormalizer.Normalize(block.Text));
            marks[i] = level > 0 || (underLabel && block.Kind == BlockKind.ListItem);
        }

        return marks;
    }

    private static bool HasReferences(Document document, IReadOnlyList<ProseBlock> blocks, bool[] inReferences)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (inReferences[i] || (blocks[i].Context & BlockContext.Footnote) != 0)
            {
                return true;
            }
        }

        foreach (var anchor in document.Anchors)
        {
            if (ReferenceAnchor().IsMatch("#" + anchor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks list items introduced by a heading or a lead-in sentence that warns ("Red flags to watch for:"), whose
    /// items quote claims rather than make them.
    /// </summary>
    private static bool[] StanceSections(IReadOnlyList<ProseBlock> blocks)
    {
        var marks = new bool[blocks.Count];
        var stance = false;
        var headingLevel = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                if (!stance || block.HeadingLevel <= headingLevel)
                {
                    stance = IsStance(block.Text);
                    headingLevel = block.HeadingLevel;
                }

                continue;
            }

            if (block.Kind == BlockKind.ListItem)
            {
                marks[i] = stance;
                continue;
            }

            // A paragraph ending in a colon introduces the list after it.
            var text = block.Text.TrimEnd();
            if (text.EndsWith(':'))
            {
                stance = IsStance(text);
                headingLevel = int.MaxValue;
            }
            else if (headingLevel == int.MaxValue)
            {
                stance = false;
                headingLevel = 0;
            }
        }

        return marks;
    }

    /// <summary>
    /// Marks the items of the lists that a heading or a paragraph ending in a colon introduces as
    /// <paramref name="heading"/> or <paramref name="leadIn"/> say: conditions ("Book an appointment with your GP if:",
    /// "Call 999 if your child:", "When to see a GP"), where each item names a situation to watch for, or symptoms
    /// ("Common signs include:"), where each names a symptom.
    /// </summary>
    private static bool[] ListsIntroducedBy(IReadOnlyList<ProseBlock> blocks, Regex heading, Regex leadIn)
    {
        var marks = new bool[blocks.Count];
        var introduced = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.ListItem)
            {
                marks[i] = introduced;
                continue;
            }

            // Only a heading or a paragraph ending in a colon can introduce one, and only its last 200 characters are
            // read: a long paragraph ending in a colon costs no more than a short one.
            var text = block.Text.TrimEnd();
            var isHeading = block.Kind == BlockKind.Heading;
            if (!isHeading && !text.EndsWith(':'))
            {
                introduced = false;
                continue;
            }

            var tail = Math.Max(0, text.Length - 200);
            var lastPart = TextNormalizer.Normalize(text, tail, text.Length - tail);
            introduced = isHeading ? heading.IsMatch(lastPart) : leadIn.IsMatch(lastPart);
        }

        return marks;
    }

    private static bool IsStance(string text) => CueLexicon.IsMatch(CueLexicon.Stance, TextNormalizer.Normalize(text));

    /// <summary>What a reference section is called; a heading may also say "Notes" or "Evidence", a bare label may not.</summary>
    private const string ReferenceSectionNames = "references?|sources?(?: and further reading)?|bibliography|citations?|works cited|literature(?: cited)?|further reading|footnotes|endnotes|studies cited|research cited|selected references";

    [GeneratedRegex(@"^\W*(?:\d+\.?\s*)?(?:" + ReferenceSectionNames + @"|notes|evidence)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceHeading();

    [GeneratedRegex(@"^\W*(?:" + ReferenceSectionNames + @")\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLabel();

    // Someone to see or call, then the condition, in the lead-in's last sentence: "Speak to your GP, or ask one of our
    // pharmacists, if:", "Call 999 if your child:". "What you'll see when you take it every day:" names no one.
    [GeneratedRegex(@"\b(?:(?:see|call|contact|speak to|talk to|book|ring|phone|seek|get|go to|visit|attend|ask|tell)\b[^:.!?]{0,120}?\b(?:doctors?|gps?|pharmacists?|nurses?|midwife|midwives|dentists?|opticians?|optometrists?|podiatrists?|physios?|physiotherapists?|audiologists?|health visitor|consultants?|surgeons?|specialists?|professionals?|providers?|clinic|surgery|practice|hospital|unit|ward|department|appointment|a&e|999|111|911|our team|the team|emergency|urgent|medical|help|advice)|(?:contact|call|ring|phone|see|visit) us|what to do)\b[^:.!?]{0,120}?\b(?:if|when|whenever|unless|in case)\b[^:.!?]{0,40}:$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionLeadIn();

    [GeneratedRegex(@"^\W*(?:\d+[.)]?\s*)?(?:when|if) (?:to|you should|should you) (?:see|call|contact|get|seek|speak|talk|go|ring|phone|visit|book)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionHeading();

    // A condition's signs, in the lead-in's last part: "The most common symptoms of tonsillitis are:", "Signs to look
    // out for include:". What a treatment does to them ("Symptoms it eases:") is not introduced so.
    [GeneratedRegex(@"\b(?:symptoms|signs|warning signs|red flags|early signs)\b(?: (?:of|in|with) [^:.!?]{1,80})? (?:(?:can|may|might|often|usually|commonly|typically|also) )?(?:include|includes|are|can be|may be|to (?:look|watch) (?:out )?for(?: include)?)\W*:$", RegexOptions.CultureInvariant)]
    private static partial Regex SymptomLeadIn();

    [GeneratedRegex(@"^\W*(?:\d+[.)]?\s*)?(?:(?:common|main|typical|early|other|possible|key|warning|the) )?(?:signs and symptoms|symptoms and signs|symptoms|signs)(?: (?:of|in) [\w'’ -]{1,40})?\W*$|^\W*(?:\d+[.)]?\s*)?what are the (?:\w+ )?(?:signs|symptoms)(?: (?:of|in) [\w'’ -]{1,40})?\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex SymptomHeading();

    [GeneratedRegex(@"^#(?:fn|footnote|ref|reference|cite|citation|note|endnote|source|bib|r|c)[-_:.]?(?:note[-_:.]?)?[\w-]*\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAnchor();
}
