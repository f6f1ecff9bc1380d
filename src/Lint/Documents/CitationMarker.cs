namespace HealthLint.Documents;

/// <summary>A citation made by markup, at [<see cref="Start"/>, <see cref="End"/>) of the block text (possibly empty where the marker renders no text).</summary>
internal sealed record CitationMarker(int Start, int End, MarkerKind Kind, string Label);
