namespace HealthLint.Parsing.Html;

/// <summary>An inline element that marks a range of block text.</summary>
internal enum AnnotationKind : byte
{
    /// <summary>&lt;a href&gt;.</summary>
    Link,

    /// <summary>&lt;cite&gt;.</summary>
    Cite,
}
