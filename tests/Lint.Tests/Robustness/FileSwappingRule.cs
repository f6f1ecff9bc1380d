using HealthLint.Analysis;
using HealthLint.Rules;

namespace HealthLint.Tests.Robustness;

/// <summary>
/// A rule that finds nothing and, the first time it runs, calls <c>swap</c>: a workspace that lints one file at a time
/// in path order has then found every file and read only the first, so the swap changes a later file between
/// discovery and reading.
/// </summary>
internal sealed class FileSwappingRule : Rule
{
    private readonly Action _swap;
    private int _runs;

    public FileSwappingRule(Action swap)
        : base(new RuleDescriptor("TST900", "SwapsAFile", "Replaces a file during the run") { Category = "test" })
    {
        _swap = swap;
    }

    public int Swaps { get; private set; }

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        if (Interlocked.Increment(ref _runs) == 1)
        {
            _swap();
            Swaps++;
        }
    }
}
