using System.Diagnostics;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Corpus;

/// <summary>
/// Lints the shared labelled corpus, and the repository's own labelled articles (<c>tests/corpus</c>), through the
/// library and its SARIF writer, and scores the result with the shared scorer, so that a drop in precision or
/// recall fails <c>dotnet test</c> and not only CI. The gates are those of .ci/run.
/// </summary>
public class CorpusScoreTests
{
    [SharedFact("corpus")]
    public void TheCorpusScoresAboveTheGate() =>
        AssertScoresAbove(SharedFolder.Subfolder("corpus")!, minPrecision: 0.95, minRecall: 0.97, minRulePrecision: 0.90, minRuleRecall: 0.90);

    [SharedFact("tools")]
    public void TheRepositorysArticlesScoreAboveTheirGate() =>
        AssertScoresAbove(
            Path.Combine(RepositoryRoot.Path ?? throw new InvalidOperationException("the tests run from a clone of the repository"), "tests", "corpus"),
            minPrecision: 0.87,
            minRecall: 0.84,
            minRulePrecision: 0.85,
            minRuleRecall: 0.80);

    private static void AssertScoresAbove(string corpus, double minPrecision, double minRecall, double minRulePrecision, double minRuleRecall)
    {
        var workspace = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = corpus });
        var result = workspace.Lint(["docs"]);
        Assert.Empty(result.Errors);

        var sarif = Path.Combine(Path.GetTempPath(), $"healthlint-corpus-{Guid.NewGuid():N}.sarif");
        try
        {
            using (var stream = File.Create(sarif))
            {
                new SarifReportWriter().Write(LintReport.Create(workspace, result), stream);
            }

            var (exitCode, output) = Run(
                "python3",
                Path.Combine(SharedFolder.Path!, "tools", "score-corpus"),
                "--labels", Path.Combine(corpus, "labels.json"),
                "--sarif", sarif,
                "--min-precision", minPrecision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--min-recall", minRecall.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--show", "0");
            Assert.True(exitCode == 0, output);
            var rules = output.Split('\n')
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(parts => parts.Length == 9 && parts[0].StartsWith("HL", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(3, rules.Count);
            foreach (var parts in rules)
            {
                var precision = double.Parse(parts[6], System.Globalization.CultureInfo.InvariantCulture);
                var recall = double.Parse(parts[7], System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(precision >= minRulePrecision && recall >= minRuleRecall, $"{parts[0]}: precision {precision}, recall {recall}\n{output}");
            }
        }
        finally
        {
            File.Delete(sarif);
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
