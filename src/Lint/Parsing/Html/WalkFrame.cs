using AngleSharp.Dom;
using HealthLint.Documents;

namespace HealthLint.Parsing.Html;

/// <summary>An element (or document) on the walker's explicit stack: its children still to visit and the state to restore when it closes.</summary>
internal struct WalkFrame
{
    public INodeList Children;
    public int Next;
    public int Depth;

    /// <summary>Where the element's start tag begins in the source, or -1 when the parser implied the element.</summary>
    public int Start;

    /// <summary>The start of the element or of its nearest ancestor whose start is known (-1 when none is).</summary>
    public int AnchorStart;

    public bool IsBlock;
    public bool StartedRegion;
    public OpenAnnotation? Annotation;
    public WalkMode SavedMode;
    public BlockKind? SavedKind;
    public BlockContext SavedContext;
    public int SavedHeadingLevel;
}
