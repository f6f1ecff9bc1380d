using System.Diagnostics;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Corpus;

/// <summary>
/// Lints the shared labelled corpus through the library and its SARIF writer, and scores the result with the shared
/// scorer, so that a drop in precision or recall fails <c>dotnet test</c> and not only CI.
/// </summary>
public class CorpusScoreTests
{
    /// <summary>The gate, overall and per rule; .ci/run checks the same figures.</summary>
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.97;
    private const double MinRulePrecision = 0.90;
    private const double MinRuleRecall = 0.90;

    [SharedFact("corpus")]
    public void TheCorpusScoresAboveTheGate()
    {
        var corpus = SharedFolder.Subfolder("corpus")!;
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
                "--min-precision", MinPrecision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--min-recall", MinRecall.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
                Assert.True(precision >= MinRulePrecision && recall >= MinRuleRecall, $"{parts[0]}: precision {precision}, recall {recall}\n{output}");
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
