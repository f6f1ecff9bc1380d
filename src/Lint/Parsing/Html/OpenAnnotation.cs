namespace HealthLint.Parsing.Html;

/// <summary>A link or &lt;cite&gt; whose end tag has not been reached yet; a block boundary inside it splits it.</summary>
internal sealed class OpenAnnotation(AnnotationKind kind, string target)
{
    public AnnotationKind Kind { get; } = kind;

    public string Target { get; } = target;

    /// <summary>The block the annotation's text is going into, or null until one is started.</summary>
    public OpenBlock? Block { get; set; }

    /// <summary>Where the annotation starts in <see cref="Block"/>'s text.</summary>
    public int Start { get; set; }
}
