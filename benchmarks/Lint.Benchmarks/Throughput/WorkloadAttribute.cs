namespace HealthLint.Benchmarks.Throughput;

/// <summary>Names the <see cref="BenchmarkWorkload"/> every benchmark of a class processes once per operation.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class WorkloadAttribute : Attribute
{
    public WorkloadAttribute(DocumentFormat format)
    {
        Format = format;
    }

    public DocumentFormat Format { get; }

    public static BenchmarkWorkload? Of(Type benchmarkType) =>
        benchmarkType.GetCustomAttributes(typeof(WorkloadAttribute), inherit: true) is [WorkloadAttribute attribute, ..]
            ? BenchmarkWorkload.For(attribute.Format)
            : null;
}
