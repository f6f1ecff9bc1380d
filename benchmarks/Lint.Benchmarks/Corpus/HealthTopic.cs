namespace HealthLint.Benchmarks.Corpus;

/// <summary>A condition an article can be about, with the words its sentences are filled with.</summary>
internal sealed record HealthTopic(
    string Name,
    string Short,
    string Organ,
    string Specialist,
    string Population,
    string Product,
    IReadOnlyList<string> Definitions,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> RiskFactors,
    IReadOnlyList<string> Tests,
    IReadOnlyList<string> Medications,
    IReadOnlyList<string> Procedures,
    IReadOnlyList<string> Lifestyle,
    IReadOnlyList<string> Complications)
{
    public string Slug => Slugs.Of(Name);
}
