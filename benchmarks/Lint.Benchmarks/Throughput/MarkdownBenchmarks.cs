using BenchmarkDotNet.Attributes;
using Markdig;

using HealthLint.Rules.Patterns;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>Markdig parsing alone against HealthLint's full lint (read, analyse, every rule) of the same Markdown articles.</summary>
[MemoryDiagnoser]
[Workload(DocumentFormat.Markdown)]
public class MarkdownBenchmarks
{
    /// <summary>The extensions HealthLint's Markdown reader enables, so that both benchmarks parse the same syntax.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Build();

    private IReadOnlyList<string> _documents = [];
    private Linter _linter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkWorkload.For(DocumentFormat.Markdown).Documents;
        _linter = new Linter();
        LinterWarmUp.Run(_linter, _documents, DocumentFormat.Markdown);
    }

    [Benchmark(Baseline = true, Description = "Markdig parse")]
    public int Parse()
    {
        var blocks = 0;
        foreach (var document in _documents)
        {
            blocks += Markdown.Parse(document, Pipeline).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "HealthLint read")]
    public int Read() => LintStages.Read(_documents, DocumentFormat.Markdown);

    [Benchmark(Description = "HealthLint read + analyse")]
    public int ReadAndAnalyse() => LintStages.ReadAndAnalyse(_documents, DocumentFormat.Markdown);

    [Benchmark(Description = "HealthLint read + analyse + literals")]
    public int ReadAnalyseAndSearchLiterals() => LintStages.ReadAnalyseAndSearchLiterals(_documents, DocumentFormat.Markdown);

    [Benchmark(Description = "HealthLint lint")]
    public int Lint()
    {
        // Each operation lints its documents as a run of the command would, without the answers of the one before.
        KeptAnswers.Forget();
        var findings = 0;
        foreach (var document in _documents)
        {
            findings += _linter.Lint(document, DocumentFormat.Markdown).Findings.Count;
        }

        return findings;
    }
}
