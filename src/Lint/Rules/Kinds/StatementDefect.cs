namespace HealthLint.Rules.Kinds;

/// <summary>Why a statement that is present does not count.</summary>
internal enum StatementDefect
{
    None,

    /// <summary>An even number of negations turns it around: "in no case can this not replace…".</summary>
    Inverted,

    /// <summary>An exception voids it: "…is not a substitute for medical advice, except…".</summary>
    Loophole,

    /// <summary>Readers cannot see it: an HTML comment, a hidden element, script or front matter.</summary>
    Hidden,
}
