using HealthLint.Analysis.Text;

namespace HealthLint.Analysis;

/// <summary>Finds citations written in the text: author–year parentheticals and bracketed numeric references.</summary>
/// <remarks>What counts as each kind is described on <see cref="AuthorYearReader"/> and <see cref="NumericReferenceReader"/>.</remarks>
internal static class CitationFinder
{
    /// <summary>The citations in <paramref name="text"/>, ordered by start.</summary>
    public static IReadOnlyList<TextCitation> Find(string text)
    {
        var found = new List<TextCitation>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        AuthorYearReader.Find(text, found);
        NumericReferenceReader.Find(text, found);
        found.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return found;
    }
}
