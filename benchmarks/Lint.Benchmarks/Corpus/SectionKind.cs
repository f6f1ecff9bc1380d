namespace HealthLint.Benchmarks.Corpus;

internal enum SectionKind
{
    Overview,
    Symptoms,
    Causes,
    Diagnosis,
    Treatment,
    SelfCare,
    Research,
    Product,
    SeeADoctor,
    Questions,
    KeyPoints,
}
