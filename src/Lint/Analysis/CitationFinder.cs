namespace HealthLint.Analysis;

/// <summary>Finds citations written in the text: author–year parentheticals and bracketed numeric references.</summary>
internal static class CitationFinder
{
    public static IReadOnlyList<TextCitation> Find(string text) => [];
}
