using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;

namespace HealthLint.Analysis.Cues;

/// <summary>
/// The cue words the rules share, as patterns over normalized sentence text (see <see cref="TextNormalizer"/>).
/// They are the engine's own, well-tested part: rule files choose which cues silence them, not what the cues are.
/// </summary>
internal static partial class CueLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMilliseconds = 10_000;

    /// <summary>Whole words or phrases: <c>\b(?:a|b|c)\b</c>.</summary>
    private const string WordsOpen = @"\b(?:";
    private const string WordsClose = @")\b";

    /// <summary>Subjects that, after ", and", open a clause of their own, which a negation, hedge or condition before does not reach.</summary>
    private const string ClauseSubject = "they|it|we|he|she|this|these|those|there|our|their|his|her|every|each";

    private static readonly ConcurrentDictionary<Regex, SearchValues<string>[]> Literals = new();

    /// <summary>Negators whose scope runs forward to the end of the clause.</summary>
    public static readonly Regex Negation = NegationExpression();

    [GeneratedRegex(
        WordsOpen + "no|not|never|none|nothing|nobody|neither|nor|cannot|without|no-one|no one|far from|in no case|" +
            "at no time|under no circumstances|by no means|in no way|lacks?|lacking|absence of|fails? to|" +
            "failed to|unable to|rather than|instead of|little evidence|no evidence|insufficient evidence|" +
            "not enough evidence|unproven|" +
            "(?:may|might|can|could|does|do|will) or (?:may|might|can|could|does|do|will) not|not necessarily" + WordsClose
        + @"|n't\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex NegationExpression();

    /// <summary>
    /// Phrases that contain a negator but do not negate what follows ("not only … but also", "no longer", "no
    /// matter"), and "not" before an activity named by a gerund ("not smoking"), unless a verb makes it a negated
    /// progressive ("is not causing").
    /// </summary>
    public static readonly Regex PseudoNegation = PseudoNegationExpression();

    [GeneratedRegex(
        WordsOpen + "not only|not just|not merely|not simply|no doubt|without (?:a |any )?doubt|no longer|no matter|" +
            "not to mention|no wonder|nothing but|never before|no more|not least|none other than|" +
            "no less than|no fewer than|no later than|not until|second to none|never mind|no-brainer|" +
            "nothing short of|cannot wait|can't wait|not for nothing" + WordsClose
        + @"|(?<!\b(?:is|are|was|were|am|be|been|being|'s|'re|'m) )\bnot (?=\w+ing\b)(?!being\b|having\b|(?:every|any|some|no)thing\b)",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex PseudoNegationExpression();

    /// <summary>Phrases after a claim that deny it.</summary>
    public static readonly Regex PostNegation = PostNegationExpression();

    [GeneratedRegex(
        @"\b(?:is|are|was|were|remains?|'s|'re)\s+(?:(?:just|simply|only|largely|mostly|really|still|all)\s+)?(?:an?\s+)?"
        + @"(?:myths?|false|untrue|wrong|unfounded|unproven|baseless|misleading|exaggerated|nonsense|bogus|hype|fiction|scams?|not true|not supported|not backed|not proven|not established)\b"
        + @"|\b(?:does|do|did)(?:n't|\s+not)\s+(?:exist|hold up)\b"
        + @"|\b(?:has|have)(?:n't|\s+not)\s+been\s+(?:proven|shown|established|demonstrated)\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex PostNegationExpression();

    /// <summary>
    /// Hedges: modal verbs (followed by a verb: "like prescription drugs can." hedges nothing), softeners, and
    /// quantifiers that speak of part of a group ("some", "most people", "60% of users").
    /// </summary>
    public static readonly Regex Hedge = HedgeExpression();

    [GeneratedRegex(
        // "One can a day" and "a can of" are the noun.
        @"\b(?:may|might|could|(?<!\b(?:a|one|per|each|every|\d+) )can(?!'t)(?! of\b)|should)\b(?= +\w)|"
        + WordsOpen + "possibly|perhaps|probably|likely|unlikely|potentially|usually|typically|generally|normally|" +
            "often|sometimes|occasionally|frequently|mostly|largely|partly|partially|somewhat|tends? to|" +
            "tended to|appears? to|seems? to|(?:is|are) thought to|(?:is|are) believed to|" +
            "(?:is|are) considered|suggests?|suggested|indicates?|helps?|helped|helping|aims? to|designed to|" +
            "intended to|up to|as much as|in (?:some|many|most|certain) cases|some|many|several|" +
            "certain|(?<!\\bthe |\\bevery )few(?! (?:seconds|minutes|hours|days|nights|weeks|months|years|sessions|treatments|times|doses|applications|uses)\\b)|fewer|for (?:some|many|most)(?: people| of us)?|results (?:may |can |will )?vary|" +
            "individual results|average|majority|minority|chance|chances|odds|in general|as a rule|" +
            "not everyone|not every|not all|varies|vary|depending on|depends on|" +
            "(?:around |about |roughly |nearly |almost |over |more than )?(?:(?<!\\bin )half|a third|one-third|two-thirds|three-quarters|a quarter|a fifth|a tenth)(?: of)?" + WordsClose
        + @"|(?<!\bthe |\bat |\bat the )\bmost\b(?! likely)"
        + @"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:\d+|ten|a hundred|hundred|five|four|three|two)\b"
        + @"|\b[1-9]?\d(?:\.\d+)?\s?(?:%|percent\b) of (?:\w+ ){0,2}?(?:people|patients|users|customers|clients|members|participants|women|men|adults|children|cases|those)\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex HedgeExpression();

    /// <summary>
    /// Distance from a claim: it is reported, quoted or warned against, not made. A plural or generic third party
    /// that "promise(s) to" is reported ("ads that promise to…"); "we promise" and "the only cream that guarantees"
    /// are the publisher's own words.
    /// </summary>
    public static readonly Regex Stance = StanceExpression();

    [GeneratedRegex(
        WordsOpen + "warns?|warned|warning(?! signs?\\b)|warnings|beware|wary|be cautious|cautious (?:of|about)|" +
            "be careful (?:of|about|with)|skeptical|sceptical|suspicious|watch out|look out for|steer clear|" +
            "so-called|so called|claims?|claimed|claiming|allegedly|alleged|supposedly|purportedly|purported|" +
            "falsely|wrongly|misleadingly|marketed (?:as|to)|advertised as|touted|billed as|sold as|" +
            "labell?ed as|myths?|false (?:claims?|promises?|hope|advertising)|misleading|bogus|scams?|" +
            "red flags?|too good to be true|(?:don't|do not|never) (?:believe|trust|fall for)|fake|quack|" +
            "quackery|snake oil|dubious|questionable|warning letters?|fined|crack(?:s|ed|ing)? down|" +
            "advertis(?:e|es|ed|ing)|makers|illegal(?:ly)?|deceptive|unsubstantiated|debunk(?:s|ed|ing)?|" +
            "fact-check(?:s|ed)?|ruled that|upheld (?:a |the )?complaints?|banned|promising to|" +
            "(?:(?:have|has|may have|might have|you've|i've|we've) )?(?:read|heard|been told|seen (?:claims|ads|posts))(?: (?:online|somewhere|on (?:social media|facebook|tiktok|instagram|the internet)|in (?:a|the) (?:\\w+ )?(?:paper|magazine|newspaper|forum|group)))?(?: that| it said| claims)|" +
            "it is (?:often |widely |commonly )?(?:said|claimed) that|rumou?rs?|" +
            // "People shouldn't read this as 'sit in a sauna and you won't get dementia'" warns against a reading.
            "(?:shouldn't|should not|don't|do not|mustn't|must not|can't|cannot) (?:read|interpret|take|see) (?:this|it|that|these (?:results|findings)|the (?:results|findings|study)) as|" +
            "(?:shouldn't|should not|mustn't|must not|can't|cannot) be (?:read|interpreted|taken|seen) as" + WordsClose
        + @"|\b(?:that|which|who) (?:(?!we\b|i\b)\w+ )?(?:promise|claim|guarantee|promised|claimed|guaranteed|swear|swears|insist|insists) (?:to|that|you|results|by)\b"
        + @"|\b(?:anything|anyone|something|someone|any \w+) (?:that|which|who) (?:\w+ )?(?:promises|claims|guarantees|offers)\b"
        + @"|\b(?:products|clinics|sellers|companies|brands|ads|adverts|advertisements|websites|sites|supplements|treatments|practitioners|influencers|marketers|manufacturers|posts|videos|clips|memes|messages|creams|teas|pills|gummies|cleanses|apps|devices|gadgets|programmes|programs|diets|remedies|sellers|shops|retailers|ad|advert|post|video|clip|meme|message|influencer|website|packs|packets|labels|boxes|bottles|packaging) (?:\w+ ){0,8}?(?:promis(?:e|es|ed|ing)|guarantee(?:s|d)?|claim(?:s|ed)?|(?<!\bwhat (?:it|they) )says?|said|suggests?|tells?|told|shows?|showed|urges?|insists?|swears?)\b"
        // One other seller's claim is reported; "our clinic guarantees" is the publisher's own.
        + @"|\b(?:one|another|other|rival|some)(?: [\w-]+){0,2}? (?:product|brand|clinic|company|seller|supplement|gummy|pill|tablet|cream|app|device|website|site) (?:\w+ ){0,6}?(?:promis(?:e|es|ed|ing)|guarantee(?:s|d)?|claim(?:s|ed)?|swears?)\b"
        + @"|^\W*(?:the )?(?:claim|myth|rumou?r|viral claim|what (?:they|the ads?|the posts?) (?:say|claim))s?:"
        + @"|\bavoid (?:any |all )?(?:products?|clinics?|supplements?|sellers?|companies|brands?|websites?|sites?|ads?|adverts?|treatments?|anyone|practitioners?|providers?|programs?|programmes?)\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex StanceExpression();

    /// <summary>
    /// A sentence that instructs rather than states: it opens (after an optional "Label:" and an optional "if …,"
    /// clause) with an instruction verb. Marketing imperatives built on outcome verbs ("Lower your cholesterol",
    /// "Sleep better") are not in the list: they are claims.
    /// </summary>
    public static readonly Regex Instruction = InstructionExpression();

    [GeneratedRegex(
        @"^\W*(?:[\w'’ -]{1,30}:\s*)?(?:if [^,]{1,80},\s*)?(?:you (?:must|should|need to|have to|will need to|'ll need to|may need to|must not|should not|mustn't|shouldn't) (?:not )?|please |always |never |don't |do not |just |first,? |then |now |gently |slowly |carefully |also |instead,? )*"
        + WordsOpen + "sit|stand|lie|lay|squeeze|hold|lift|bend|stretch|repeat|rest|breathe|call|phone|ring|tell|talk|" +
            "ask|speak|contact|email|text|book|visit|see|go|come|bring|take|use|apply|rub|massage|wash|rinse|" +
            "dry|clean|wear|put|place|keep|store|avoid|stop|start|try|aim|eat|drink|chew|swallow|follow|" +
            "check|read|remember|make sure|ensure|get|let|give|consider|choose|pick|buy|order|add|mix|stir|" +
            "cut|limit|increase|build up|walk|run|cycle|swim|warm up|cool down|wait|watch|monitor|measure|" +
            "record|write|note|set|turn|switch|replace|change|inject|insert|shake|pour|fill|open|seek|find|" +
            "learn|share|report|discuss|review|plan|schedule|allow|skip|cut back|cut down|have|be|do|look|" +
            "leave|pack|prepare|sign up|register|download|click|scroll|join|subscribe|shop|save|pay|fast|log|" +
            "track|weigh|test|alternate|ice|elevate|compress|reduce|swap|opt|spread|space|split|pace|build|" +
            "progress|return|resume|adjust|tap|press|wipe|remove|dispose|throw|soak|spray|dab|brush|floss|" +
            "gargle|fit|end|finish|smooth|leave|protect|attach|connect|charge|clip|fold|slide|twist|hand|send|work on" + WordsClose
        // "Fast-acting relief", "Check-ups are free": a hyphen makes the verb part of another word.
        + @"(?!-\w)",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex InstructionExpression();

    /// <summary>
    /// A verb right after an opening instruction word shows that the word was a noun or a gerund subject: "Rest is
    /// the best medicine", "Dry brushing boosts circulation". An opening outcome verb whose object is a symptom
    /// sells a result rather than instructs: "Reduce joint pain naturally", "Protect your eyes from age-related decline".
    /// </summary>
    public static readonly Regex DeclarativeAfterInstruction = DeclarativeAfterInstructionExpression();

    [GeneratedRegex(
        @"^(?:\W*\w+){1,3}? (?:is|are|was|were|has|have|can|may|will|could|does|makes|helps|keeps|works|gives|causes|leads|reduces|boosts|lowers|raises|improves|prevents|relieves|eases|increases|protects|supports|promotes|heals|cures|treats|stops|ends|fights|burns|clears|calms|soothes|strengthens|restores|triggers|speeds|slows|damages|affects|targets|blocks|flushes|removes|kills|repairs|builds)\b"
        // Two nouns joined by "and" take the verb's base form: "Ice and compression reduce swelling" states, where
        // "Cut back and reduce your intake" and "Get medical help" instruct.
        + @"|^\W*(?!(?:please|always|never|just|then|now|also|first|gently|slowly|carefully|instead|simply|don't|do)\b)\w+ (?:and|or|&) \w+(?: \w+ly)? (?:make|help|keep|work|give|cause|lead|reduce|boost|lower|raise|improve|prevent|relieve|ease|increase|protect|support|promote|heal|cure|treat|fight|burn|clear|calm|soothe|strengthen|restore|trigger|speed|slow|damage|affect|target|block|flush|kill|repair)\b"
        + @"|^\W*(?:[\w'’ -]{1,30}:\s*)?(?:reduce|relieve|ease|soothe|calm|banish|beat|fight|combat|tackle|lower|boost|protect|end|stop) (?:your |the |those |that |nagging |stubborn |everyday |painful |daily )?(?:[\w-]+ ){0,2}(?:pain|aches?|inflammation|swelling|stiffness|symptoms|cravings|bloating|itching|itch|redness|flare-ups?|cramps?|headaches?|migraines?|nausea|fatigue|tiredness|insomnia|acne|breakouts|eczema|wrinkles|fine lines|cellulite|hair loss|snoring|heartburn|indigestion|constipation|brain fog|hot flushes|joint wear|decline|damage)\b"
        // A longer subject before a modal verb of effect: "Ice packs wrapped in a damp tea towel can help reduce swelling".
        + @"|^\W*[\w-]+(?: (?!(?:which|that|who|whose|where|while|since|as|because|so|to|and|or|if|when|until|it|this|they|you|we|i|then|than)\b)[\w'’-]+){1,7} (?:can|may|could|will|might) (?:also |often |really |usually )?(?:help|reduce|relieve|ease|improve|prevent|lower|boost|protect|support|speed|soothe|calm|cause|trigger|increase|worsen)\b"
        // A tagline of adjectives ("Fast, effective relief") opens with no verb at all.
        + @"|^\W*(?:fast|quick|rapid|gentle|effective|natural|lasting|long-lasting|targeted|soothing|powerful|instant|cooling|clinically proven)(?:,| and| &) (?:[\w-]+ )?(?:relief|results|protection|action|healing|recovery|hydration|rehydration)\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex DeclarativeAfterInstructionExpression();

    /// <summary>The start of an indirect question: "we looked at what the research shows", "want to know if it is safe".</summary>
    public static readonly Regex IndirectQuestion = IndirectQuestionExpression();

    [GeneratedRegex(
        WordsOpen + "know|knowing|ask|asks|asking|asked|wonder|wonders|wondering|wondered|see|check|checking|" +
            "find out|look(?:s|ed|ing)? (?:at|into)|explain|explains|explained|explore|explores|explored|" +
            "understand|learn|decide|discuss|discusses|discussed|unsure|not sure|question|review|reviews|" +
            "reviewed|examine|examines|examined|investigate|investigates|investigated|tell you|tells you|" +
            "show you|shows you|here's|here is" + WordsClose
        + @" (?:\w+ ){0,2}?(?:what|whether|if|how|which|why)\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex IndirectQuestionExpression();

    /// <summary>
    /// Where an instruction's own clause ends and what follows makes a claim of its own: a reason ("because it has
    /// been linked to…"), a description ("which…") or a promised consequence ("…and feel it working in minutes").
    /// </summary>
    public static readonly Regex InstructionEnd = InstructionEndExpression();

    [GeneratedRegex(
        WordsOpen + "because|since|as it|as they|as this|which|so that|otherwise|as it's|as they're|" +
            "and (?:feel|see|watch|notice|you'll|you will|wake|say goodbye)|who (?:have|has|had)|" +
            "that (?:has|have) (?:helped|been)|" +
            "and (?:relieve|reduce|ease|improve|prevent|cut|lower|boost|heal|protect|soothe|calm|clear|stop|end|banish)|" +
            "and (?:the|your) (?:[\\w-]+ ){0,3}(?:disappears?|goes away|go away|fades?|vanish(?:es)?|clears? up|eases?|settles?|melts? away|stops?|resets?|returns? to normal|improves?|drops?|falls?|normali[sz]es?|recovers?|heals?|lifts?|rebalances?|resolves?|gets? better|comes? down)" + WordsClose
        + @"|;|\s[—–-]\s",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex InstructionEndExpression();

    /// <summary>
    /// A definition or description ("A hypo is when…", "Tennis elbow (…) is pain on the outside of…", "OSA happens
    /// when…", "NAD+ is a coenzyme…"): it says what something is, not what a treatment does.
    /// </summary>
    // Built at run time and interpreted: the .NET 10 source generator and the compiled engine get this expression's
    // lazy bounded loop wrong ("…affiliate links, which means…" matched past its eight words).
    public static readonly Regex Definition = new(DefinitionPattern, Options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));

    private const string DefinitionPattern =
        @"^\W*(?:[\w'’+,-]+ ){1,8}?(?:\([^)]{1,60}\) )?(?:(?:is|are) (?:when|where|(?:a|an)(?! (?:[\w-]+,? ){0,2}?(?:natural|powerful|proven|potent|effective|ultimate|best|miracle|lifesaver|life-saver|godsend|game-changer|must|antibiotic|remedy|cure|anti-\w+|super\w*|answer|solution|common|leading|major|main|known|frequent|significant|important|key|well-known|recogni[sz]ed|top|big|huge|trigger|cause|risk))|the name|short for|defined as|known as|caused when|one of the(?! (?:\w+ )?(?:best|better|more|most|safer|safest|top|greatest|strongest|biggest|leading|only|few|fastest|easiest|simplest|healthiest|worst|oldest)\b)|(?:(?!(?:for|against|[\w-]*(?:proven|acting|effective|natural|powerful|strength))\b)[\w-]+,? ){0,3}?(?:pain|swelling|inflammation|veins|tissue|cells|glands|growths|lumps|patches|bumps|blisters|sores|conditions?|diseases?|disorders?|infections?|symptoms?)\b(?! reli))|means(?! (?:\w+ )?(?:less|more|fewer|faster|better|quicker|lower|higher|stronger|healthier|shorter|longer|smaller|bigger|minimal|reduced|improved|little|quick|rapid)\b)(?! (?:we|you|they|your body)(?: (?:can|could|will|may)|'ll)\b)|refers to|happens when|occurs when|describes)\b";

    /// <summary>
    /// Where a definition stops: a contrast opens a clause about something else ("Dry eye is a long-term condition,
    /// but drops keep it under control"), while "…, and it lowers blood sugar" still describes the thing defined.
    /// </summary>
    public static readonly Regex DefinitionEnd = DefinitionEndExpression();

    [GeneratedRegex(
        WordsOpen + "but|however|although|though|whereas|yet" + WordsClose,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex DefinitionEndExpression();

    /// <summary>The start of a hypothetical clause.</summary>
    public static readonly Regex Condition = ConditionExpression();

    [GeneratedRegex(
        WordsOpen + "if|unless|whether|suppose|supposing|imagine" + WordsClose,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex ConditionExpression();

    /// <summary>Clause breaks that hedges, stances and negations do not cross.</summary>
    public static readonly Regex StrongBoundary = StrongBoundaryExpression();

    [GeneratedRegex(
        @"[;:]|\s[—–-]\s|" + WordsOpen + "but|however|although|though|whereas|except|nevertheless|nonetheless|otherwise" + WordsClose
        // ", and they are…" opens a clause with a subject of its own.
        + @"|,\s+(?:and|so|yet)\s+(?=(?:you|i|your|my|" + ClauseSubject + @")\b)",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex StrongBoundaryExpression();

    /// <summary>Clause breaks that a negation's scope does not cross.</summary>
    public static readonly Regex WeakBoundary = WeakBoundaryExpression();

    [GeneratedRegex(
        @"[,:()\[\]]|\s[—–-]\s|—|" + WordsOpen + "and|so|which|who|because|since|while|when|then|until|after|before|once|unlike|plus" + WordsClose,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex WeakBoundaryExpression();

    /// <summary>What ends a hypothetical clause.</summary>
    public static readonly Regex ConditionEnd = ConditionEndExpression();

    [GeneratedRegex(
        // "If you…, and you…" still speaks of the reader's case; ", and they…" leaves it.
        @",(?! (?:or|and)\b)|,\s+and\s+(?=(?:" + ClauseSubject + @")\b)|[;:]|\s[—–-]\s|—|\bthen\b",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex ConditionEndExpression();

    /// <summary>
    /// Whether <paramref name="cue"/> matches <paramref name="text"/>. A match that runs out of time counts as none:
    /// the sentence loses a cue, and the linter goes on.
    /// </summary>
    public static bool IsMatch(Regex cue, string text)
    {
        try
        {
            return MayMatch(cue, text) && cue.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds the literals every match of <paramref name="cue"/> needs (see
    /// <see cref="RequiredLiterals"/>): most sentences hold none of a cue's words, and a scan for them costs far less
    /// than running the expression.
    /// </summary>
    public static bool MayMatch(Regex cue, string text)
    {
        foreach (var literals in Literals.GetOrAdd(cue, static c => RequiredLiterals.AllOf(c.ToString()).Select(set => SearchValues.Create(set.ToArray(), StringComparison.Ordinal)).ToArray()))
        {
            if (!text.AsSpan().ContainsAny(literals))
            {
                return false;
            }
        }

        return true;
    }
}
