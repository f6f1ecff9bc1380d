using System.Text.RegularExpressions;

namespace HealthLint.Analysis.Cues;

/// <summary>
/// The cue words the rules share, as patterns over normalized sentence text (see <see cref="TextNormalizer"/>).
/// They are the engine's own, well-tested part: rule files choose which cues silence them, not what the cues are.
/// </summary>
internal static class CueLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>Negators whose scope runs forward to the end of the clause.</summary>
    public static readonly Regex Negation = new(
        @"\b(?:no|not|never|none|nothing|nobody|neither|nor|cannot|without|no-one|no one|far from|in no case|at no time|under no circumstances|by no means|in no way|lacks?|lacking|absence of|fails? to|failed to|unable to|rather than|instead of|little evidence|no evidence|insufficient evidence|not enough evidence|unproven)\b|n't\b",
        Options, Timeout);

    /// <summary>Phrases that contain a negator but do not negate what follows ("not only … but also", "no longer", "no matter").</summary>
    public static readonly Regex PseudoNegation = new(
        @"\b(?:not only|not just|not merely|not simply|no doubt|without (?:a |any )?doubt|no longer|no matter|not to mention|no wonder|nothing but|never before|no more|not least|none other than|no less than|no fewer than|no later than|not until|second to none|never mind|no-brainer|nothing short of|cannot wait|can't wait|not for nothing)\b|(?<!\b(?:is|are|was|were|am|be|been|being|'s|'re|'m) )\bnot (?=\w+ing\b)(?!being\b|having\b)",
        Options, Timeout);

    /// <summary>Phrases after a claim that deny it.</summary>
    public static readonly Regex PostNegation = new(
        @"\b(?:is|are|was|were|remains?|'s|'re)\s+(?:(?:just|simply|only|largely|mostly|really|still|all)\s+)?(?:an?\s+)?(?:myths?|false|untrue|wrong|unfounded|unproven|baseless|misleading|exaggerated|nonsense|bogus|hype|fiction|scams?|not true|not supported|not backed|not proven|not established|a scam)\b|\b(?:does|do|did)(?:n't|\s+not)\s+(?:exist|hold up)\b|\b(?:has|have)(?:n't|\s+not)\s+been\s+(?:proven|shown|established|demonstrated)\b",
        Options, Timeout);

    /// <summary>Hedges: modal verbs, softeners and partial quantifiers.</summary>
    public static readonly Regex Hedge = new(
        @"\b(?:may|might|could|can(?!'t)|should|possibly|perhaps|probably|likely|unlikely|potentially|usually|typically|generally|normally|often|sometimes|occasionally|frequently|mostly|largely|partly|partially|somewhat|tends? to|tended to|appears? to|seems? to|(?:is|are) thought to|(?:is|are) believed to|(?:is|are) considered|suggests?|suggested|indicates?|helps?|helped|helping|aims? to|designed to|intended to|up to|as much as|as little as|in (?:some|many|most|certain) cases|(?:some|many|several|certain|few|fewer)|(?<!\bthe |\bat |\bat the )most(?! likely)|for (?:some|many|most)(?: people| of us)?|results (?:may |can |will )?vary|individual results|average|majority|minority|chance|chances|odds|in general|as a rule|not everyone|not every|not all|varies|vary|depending on|depends on)\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:\d+|ten|a hundred|hundred|five|four|three|two)\b|\b(?:[1-9]?\d)(?:\.\d+)?\s?(?:%|percent\b)",
        Options, Timeout);

    /// <summary>Distance from a claim: it is reported, quoted or warned against, not made.</summary>
    public static readonly Regex Stance = new(
        @"\b(?:warns?|warned|warning|warnings|beware|wary|be cautious|cautious (?:of|about)|be careful (?:of|about|with)|skeptical|sceptical|suspicious|watch out|look out for|steer clear|so-called|so called|claims?|claimed|claiming|allegedly|alleged|supposedly|purportedly|purported|marketed (?:as|to)|advertised as|touted|billed as|sold as|labell?ed as|myths?|false (?:claims?|promises?|hope|advertising)|misleading|bogus|scams?|red flags?|too good to be true|(?:don't|do not|never) (?:believe|trust|fall for)|fake|quack|quackery|snake oil|dubious|questionable|warning letters?|fined|crack(?:s|ed|ing)? down|illegal(?:ly)?|deceptive|unsubstantiated)\b|\b(?:that|which|who|products?|clinics?|sellers?|companies|brands?|ads?|adverts?|websites?|sites?|supplements?|treatments?|practitioners?|influencers?|marketers?|manufacturers?) (?:\w+ )?(?:promis(?:e|es|ed|ing)|guarantee(?:s|d)?|claim(?:s|ed)?)\b|\bpromising to\b|\b(?:(?:have|has|may have|might have|you've|i've|we've) )?(?:read|heard|been told|seen (?:claims|ads|posts)) (?:that|it said|claims)\b|\bit is (?:often |widely |commonly )?(?:said|claimed) that\b|\brumou?rs?\b|\bavoid (?:any |all )?(?:products?|clinics?|supplements?|sellers?|companies|brands?|websites?|sites?|ads?|adverts?|treatments?|anyone|practitioners?|providers?|programs?|programmes?)\b",
        Options, Timeout);

    /// <summary>
    /// A sentence that instructs rather than states: it opens (after an optional "Label:" and an optional "if …,"
    /// clause) with an instruction verb. Marketing imperatives built on outcome verbs ("Lower your cholesterol",
    /// "Sleep better") are not in the list: they are claims.
    /// </summary>
    public static readonly Regex Instruction = new(
        @"^\W*(?:[\w'’ -]{1,30}:\s*)?(?:if [^,]{1,80},\s*)?(?:please |always |never |don't |do not |just |first,? |then |now |gently |slowly |carefully |also |instead,? )*(?:sit|stand|lie|lay|squeeze|hold|lift|bend|stretch|repeat|rest|breathe|call|phone|ring|tell|talk|ask|speak|contact|email|text|book|visit|see|go|come|bring|take|use|apply|rub|massage|wash|rinse|dry|clean|wear|put|place|keep|store|avoid|stop|start|try|aim|eat|drink|chew|swallow|follow|check|read|remember|make sure|ensure|get|let|give|consider|choose|pick|buy|order|add|mix|stir|cut|limit|increase|build up|walk|run|cycle|swim|warm up|cool down|wait|watch|monitor|measure|record|write|note|set|turn|switch|replace|change|inject|insert|shake|pour|fill|open|seek|find|learn|share|report|discuss|review|plan|schedule|allow|skip|cut back|cut down|have|be|do|look|leave|bring|pack|plan|prepare|sign up|register|download|click|scroll|join|subscribe|shop|save|pay|fast|drink|log|track|weigh|test|alternate|switch|ice|elevate|compress|reduce|lower your intake|swap|opt|spread|space|split|pace|build|progress|return|resume)\b",
        Options, Timeout);

    /// <summary>The start of an indirect question: "we looked at what the research shows", "want to know if it is safe".</summary>
    public static readonly Regex IndirectQuestion = new(
        @"\b(?:know|knowing|ask|asks|asking|asked|wonder|wonders|wondering|wondered|see|check|checking|find out|look(?:s|ed|ing)? (?:at|into)|explain|explains|explained|explore|explores|explored|understand|learn|decide|discuss|discusses|discussed|unsure|not sure|question|review|reviews|reviewed|examine|examines|examined|investigate|investigates|investigated|tell you|tells you|show you|shows you|here's|here is) (?:\w+ ){0,2}?(?:what|whether|if|how|which|why)\b",
        Options, Timeout);

    /// <summary>Where an instruction's own clause ends and a reason or description (a claim of its own) begins.</summary>
    public static readonly Regex InstructionEnd = new(
        @"\b(?:because|since|as it|as they|as this|which|so that|otherwise|as it's|as they're)\b|;|\s[—–-]\s",
        Options, Timeout);

    /// <summary>The start of a hypothetical clause.</summary>
    public static readonly Regex Condition = new(
        @"\b(?:if|unless|whether|suppose|supposing|imagine)\b",
        Options, Timeout);

    /// <summary>Clause breaks that hedges, stances and negations do not cross.</summary>
    public static readonly Regex StrongBoundary = new(
        @"[;:]|\s[—–-]\s|\b(?:but|however|although|though|whereas|except|nevertheless|nonetheless|otherwise)\b",
        Options, Timeout);

    /// <summary>Clause breaks that a negation's scope does not cross.</summary>
    public static readonly Regex WeakBoundary = new(
        @"[,:()\[\]]|\s[—–-]\s|—|\b(?:and|so|which|who|because|since|while|when|then|until|after|before|once|unlike|plus)\b",
        Options, Timeout);

    /// <summary>What ends a hypothetical clause.</summary>
    public static readonly Regex ConditionEnd = new(
        @"[,;:]|\s[—–-]\s|—|\bthen\b",
        Options, Timeout);
}
