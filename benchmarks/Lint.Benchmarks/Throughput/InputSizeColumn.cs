using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>The input of one operation: its documents and their UTF-8 size.</summary>
internal sealed class InputSizeColumn : IColumn
{
    public string Id => nameof(InputSizeColumn);

    public string ColumnName => "Input";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Documents and UTF-8 bytes processed by one operation";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        WorkloadAttribute.Of(benchmarkCase.Descriptor.Type) is { } workload
            ? string.Create(CultureInfo.InvariantCulture, $"{workload.Documents.Count} docs, {workload.Bytes / 1000.0:F0} KB")
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
