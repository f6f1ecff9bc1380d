using BenchmarkDotNet.Attributes;

using HealthLint.Parsing.Html;
using HealthLint.Rules.Patterns;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>AngleSharp parsing alone against HealthLint's full lint (read, analyse, every rule) of the same HTML pages.</summary>
[MemoryDiagnoser]
[Workload(DocumentFormat.Html)]
public class HtmlBenchmarks
{
    private IReadOnlyList<string> _documents = [];
    private Linter _linter = null!;
    private PositionedHtmlParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkWorkload.For(DocumentFormat.Html).Documents;
        _linter = new Linter();
        LinterWarmUp.Run(_linter, _documents, DocumentFormat.Html);
        // The parser HealthLint's HTML reader uses: AngleSharp recording where each element starts.
        _parser = new PositionedHtmlParser();
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse")]
    public int Parse()
    {
        var elements = 0;
        foreach (var text in _documents)
        {
            using var document = _parser.ParseDocument(text, out _);
            elements += document.Body?.ChildElementCount ?? 0;
        }

        return elements;
    }

    [Benchmark(Description = "HealthLint read")]
    public int Read() => LintStages.Read(_documents, DocumentFormat.Html);

    [Benchmark(Description = "HealthLint read + analyse")]
    public int ReadAndAnalyse() => LintStages.ReadAndAnalyse(_documents, DocumentFormat.Html);

    [Benchmark(Description = "HealthLint read + analyse + literals")]
    public int ReadAnalyseAndSearchLiterals() => LintStages.ReadAnalyseAndSearchLiterals(_documents, DocumentFormat.Html);

    [Benchmark(Description = "HealthLint lint")]
    public int Lint()
    {
        // Each operation lints its documents as a run of the command would, without the answers of the one before.
        KeptAnswers.Forget();
        var findings = 0;
        foreach (var document in _documents)
        {
            findings += _linter.Lint(document, DocumentFormat.Html).Findings.Count;
        }

        return findings;
    }
}
