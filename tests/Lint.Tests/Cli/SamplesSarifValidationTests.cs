using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

/// <summary>The SARIF the command writes for the samples passes the shared validator (GitHub's ingestion rules included).</summary>
public sealed class SamplesSarifValidationTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SharedFact]
    public void The_samples_sarif_passes_validate_sarif()
    {
        var root = RepositoryRoot.Path!;
        var sarifPath = _folder.Combine("samples.sarif");

        var outcome = CliRunner.Run(root, new Linter(), "samples", "--format", "sarif", "-o", sarifPath);

        Assert.True(outcome.ExitCode is ExitCodes.Success or ExitCodes.FindingsFailed, outcome.Error);
        using (var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath)))
        {
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
            Assert.All(
                run.GetProperty("results").EnumerateArray(),
                r => Assert.StartsWith("samples/", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal));
        }

        // Warnings (style advice such as messages ending with a period) pass, as GitHub accepts them; the real rules' wording is theirs.
        SarifValidator.AssertValid(sarifPath, strict: false);
    }

    [SharedFact]
    public void Sarif_with_results_and_notifications_passes_validate_sarif()
    {
        _folder.CreateDirectory("site");
        foreach (var sample in Directory.GetFiles(Path.Combine(RepositoryRoot.Path!, "samples")))
        {
            File.Copy(sample, _folder.Combine(Path.Combine("site", Path.GetFileName(sample))));
        }

        _folder.WriteBytes("site/broken.md", [0x41, 0xFF]);
        var sarifPath = _folder.Combine("out/words.sarif");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "site", "--format", "sarif", "-o", sarifPath);

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        using (var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath)))
        {
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.NotEqual(0, run.GetProperty("results").GetArrayLength());
            Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        }

        SarifValidator.AssertValid(sarifPath, strict: true);
    }

}
