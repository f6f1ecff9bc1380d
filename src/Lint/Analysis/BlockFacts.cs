namespace HealthLint.Analysis;

/// <summary>What the analysis knows about one block beyond its sentences.</summary>
internal sealed class BlockFacts
{
    /// <summary>An entry of a reference list or a footnote definition: a source, not a claim.</summary>
    public bool IsReferenceEntry { get; init; }

    /// <summary>
    /// The block is mostly links to the site's own pages ("Related: Hearing aids and memory"): navigation, not prose
    /// that makes claims.
    /// </summary>
    public bool IsLinkList { get; init; }

    /// <summary>The block carries a citation that satisfies "claims need a source".</summary>
    public bool HasCitation { get; init; }

    /// <summary>The list or section this block belongs to is introduced as something to beware of ("Red flags:").</summary>
    public bool IsUnderStance { get; init; }

    /// <summary>The block is an item of a list introduced as conditions ("See your GP if:"): a situation, not a claim.</summary>
    public bool IsUnderCondition { get; init; }

    /// <summary>
    /// The block is an item of a list introduced as a condition's symptoms ("Common signs include:"): it names a
    /// symptom, as a heading names a topic.
    /// </summary>
    public bool IsSymptomItem { get; init; }

    public IReadOnlyList<TextCitation> TextCitations { get; init; } = [];
}
