using AngleSharp.Dom;

namespace HealthLint.Parsing.Html;

/// <summary>Where the parser found the start tag of each element it made from one, as an offset into what it parsed.</summary>
internal sealed class ElementStarts
{
    private readonly Dictionary<IElement, int> _starts = new(ReferenceEqualityComparer.Instance);

    public void Record(IElement element, int index) => _starts[element] = index;

    /// <summary>The offset of the element's start tag, or -1 when the parser implied the element or copied it.</summary>
    public int IndexOf(IElement element) => _starts.TryGetValue(element, out var index) ? index : -1;
}
