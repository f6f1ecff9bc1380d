using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

using HealthLint.Rules.Patterns;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>AngleSharp parsing alone against HealthLint's full lint (read, analyse, every rule) of the same HTML pages.</summary>
[MemoryDiagnoser]
[Workload(DocumentFormat.Html)]
public class HtmlBenchmarks
{
    private IReadOnlyList<string> _documents = [];
    private Linter _linter = null!;
    private HtmlParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkWorkload.For(DocumentFormat.Html).Documents;
        _linter = new Linter();
        LinterWarmUp.Run(_linter, _documents, DocumentFormat.Html);
        // The options HealthLint's HTML reader parses with: it keeps source references to map text to positions.
        _parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse")]
    public int Parse()
    {
        var elements = 0;
        foreach (var text in _documents)
        {
            using var document = _parser.ParseDocument(text);
            elements += document.Body?.ChildElementCount ?? 0;
        }

        return elements;
    }

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
