namespace HealthLint.Benchmarks.Corpus;

/// <summary>A publisher: its name, web address, navigation and how it writes.</summary>
internal sealed record Site(
    string Name,
    string Domain,
    string Tagline,
    string Address,
    SiteVoice Voice,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Navigation);
