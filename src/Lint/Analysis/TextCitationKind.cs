namespace HealthLint.Analysis;

/// <summary>A citation written in the wording of the text rather than made by markup.</summary>
internal enum TextCitationKind
{
    /// <summary>An author–year parenthetical: <c>(Smith et al., 2020)</c>, <c>(WHO, 2023)</c>.</summary>
    AuthorYear,

    /// <summary>A bracketed numeric reference: <c>[1]</c>, <c>[2, 3]</c>, <c>[4-6]</c>. It counts only when the document has a reference list.</summary>
    NumericReference,
}
