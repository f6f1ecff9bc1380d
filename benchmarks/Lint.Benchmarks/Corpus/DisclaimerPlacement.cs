namespace HealthLint.Benchmarks.Corpus;

internal enum DisclaimerPlacement
{
    /// <summary>No disclaimer at all.</summary>
    None,

    /// <summary>A visible note before the body.</summary>
    Top,

    /// <summary>A visible note after the body (in an HTML page, in the footer).</summary>
    Bottom,

    /// <summary>Only in a comment or a hidden element, which does not count.</summary>
    Hidden,
}
