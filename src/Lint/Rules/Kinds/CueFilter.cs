namespace HealthLint.Rules.Kinds;

/// <summary>Which cues silence a match: a rule file lists them under <c>ignore:</c>.</summary>
[Flags]
internal enum CueFilter
{
    None = 0,

    /// <summary>"no treatment is guaranteed to work", "this does not cure".</summary>
    Negated = 1,

    /// <summary>"may help", "some people", "in many cases".</summary>
    Hedged = 2,

    /// <summary>"be wary of clinics that promise…", "so-called cures", a list introduced as red flags.</summary>
    Reported = 4,

    /// <summary>"Is it guaranteed to work?"</summary>
    Questions = 8,

    /// <summary>"if a product promises to cure…"</summary>
    Hypothetical = 16,

    /// <summary>Advice and instructions: "Sit with your back supported…", "Call us if the pain gets worse."</summary>
    Instructions = 32,

    /// <summary>Headings and table cells that name a topic: "What the studies show", "7 ways to…", "Preventing blood clots", "Blocked nose".</summary>
    Topics = 64,

    /// <summary>Definitions and descriptions: "A hypo is when your blood glucose drops…".</summary>
    Definitions = 128,
}
