namespace HealthLint.Analysis.Cues;

internal enum CueKind
{
    /// <summary>A negator whose scope runs forward: "no", "not", "never", "without".</summary>
    Negation,

    /// <summary>A phrase after a claim that denies it: "is a myth", "is not true".</summary>
    PostNegation,

    /// <summary>Hedging: "may", "can help", "some people", "in many cases".</summary>
    Hedge,

    /// <summary>Distance from a claim that is reported or warned against: "beware of", "claims to", "so-called".</summary>
    Stance,

    /// <summary>The start of a hypothetical clause: "if", "unless", "whether".</summary>
    Condition,

    /// <summary>The start of an indirect question: "we looked at what…", "want to know if…".</summary>
    IndirectQuestion,
}
