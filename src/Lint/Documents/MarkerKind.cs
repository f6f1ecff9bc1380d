namespace HealthLint.Documents;

/// <summary>A citation marker that the markup itself makes (as opposed to one found in the wording of the text).</summary>
internal enum MarkerKind
{
    /// <summary>A Markdown footnote reference such as <c>[^1]</c>.</summary>
    FootnoteReference,

    /// <summary>A &lt;cite&gt; element.</summary>
    Cite,
}
