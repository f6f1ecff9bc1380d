using HealthLint.Tests.Support;
using HealthLint.Workspace;

namespace HealthLint.Tests.Robustness;

/// <summary>
/// Every input of the shared robustness suites (each CommonMark spec example and each html5lib tree-construction
/// input) is linted through the workspace twice: no file fails, every finding lies inside its file, and the
/// second run reports exactly what the first did.
/// </summary>
public class RobustnessSuiteTests
{
    [SharedFact("robustness")]
    public void Every_input_lints_with_findings_inside_the_file_and_the_same_report_twice()
    {
        var folder = SharedFolder.Robustness!;
        var workspace = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = folder });

        var first = workspace.Lint(["."]);
        var second = workspace.Lint(["."]);

        Assert.True(first.Files.Count > 2_000, $"only {first.Files.Count} robustness inputs linted");
        Assert.DoesNotContain(first.Errors, e => e.Kind == FileErrorKind.LintFailed);
        var outside = new List<string>();
        foreach (var file in first.Files)
        {
            var lines = File.ReadAllText(file.FullPath).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
            foreach (var finding in file.Findings)
            {
                var region = finding.Region;
                var inside = region.StartLine >= 1 && region.EndLine >= region.StartLine && region.EndLine <= lines.Length
                    && region.StartColumn >= 1 && region.StartColumn <= lines[region.StartLine - 1].Length + 1
                    && region.EndColumn >= 1 && region.EndColumn <= lines[region.EndLine - 1].Length + 1;
                if (!inside)
                {
                    outside.Add($"{file.Path}: {finding.RuleId} at {region}");
                }
            }
        }

        Assert.True(outside.Count == 0, string.Join(Environment.NewLine, outside.Take(20)));
        Assert.Equal(Describe(first), Describe(second));
    }

    private static string Describe(WorkspaceResult result) =>
        string.Join('\n', result.Files.SelectMany(f => f.Findings.Select(x => $"{f.Path}:{x.Region}:{x.RuleId}:{x.Message}"))
            .Concat(result.Files.SelectMany(f => f.Result.Notices.Select(n => $"{f.Path}: {n}")))
            .Concat(result.Errors.Select(e => e.ToString())));
}
