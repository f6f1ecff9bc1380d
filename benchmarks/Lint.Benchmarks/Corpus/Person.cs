namespace HealthLint.Benchmarks.Corpus;

internal sealed record Person(string Name, string Credentials)
{
    public string Display => Credentials.Length == 0 ? Name : $"{Name}, {Credentials}";
}
