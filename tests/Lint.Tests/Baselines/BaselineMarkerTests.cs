using System.Text;
using HealthLint.Baselines;

namespace HealthLint.Tests.Baselines;

/// <summary>
/// An entry no finding took up is listed as no longer found, unless its rule did not check the whole file: a rule
/// stopped for taking too long may simply not have got to the finding.
/// </summary>
public class BaselineMarkerTests
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "healthlint-baseline-marker");

    [Fact]
    public void Entries_of_a_rule_that_did_not_check_the_whole_file_are_not_called_absent()
    {
        var baseline = Baseline.Parse(Encoding.UTF8.GetBytes("""
            { "version": 1, "findings": [
              { "path": "a.md", "ruleId": "PH009", "fingerprint": "f1", "excerpt": "" },
              { "path": "b.md", "ruleId": "PH009", "fingerprint": "f2", "excerpt": "" },
              { "path": "b.md", "ruleId": "HL002", "fingerprint": "f3", "excerpt": "" }
            ] }
            """), "baseline.json", Directory);
        var marker = new BaselineMarker(baseline);

        marker.Mark(File("a.md", new LintResult("a.md", DocumentFormat.Markdown, [], [])));
        marker.Mark(File("b.md", new LintResult("b.md", DocumentFormat.Markdown, [], ["PH009: not checked on this document…"])
        {
            IncompleteRules = new HashSet<string>(["PH009"], StringComparer.OrdinalIgnoreCase),
        }));

        Assert.Equal(["a.md PH009", "b.md HL002"], marker.Absent(Directory).Select(e => $"{e.Path} {e.RuleId}"));
    }

    private static LintedFile File(string path, LintResult result) => new(path, Path.Combine(Directory, path), result);
}
