using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Tests.Suppressions;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Baselines;

/// <summary>
/// <c>--write-baseline FILE</c> records the current findings; <c>--baseline FILE</c> reports them as unchanged so that
/// only new findings fail the run, and lists the entries no longer found. With the test word rules: TST001 flags
/// "cure" (error), TST002 "guaranteed" (warning), TST003 "miracle" (note).
/// </summary>
public sealed class BaselineCliTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writing_a_baseline_records_the_findings_and_passes_the_run()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");

        var outcome = Run("docs", "--write-baseline", "baseline.json");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal("healthlint: 2 findings recorded in the baseline baseline.json\n", outcome.Error);
        Assert.Equal("No problems found in 1 file (2 in baseline)\n", outcome.Out);
        using var baseline = JsonDocument.Parse(File.ReadAllText(_folder.Combine("baseline.json")));
        Assert.Equal(
            ["docs/a.md TST001 cure", "docs/a.md TST002 guaranteed"],
            baseline.RootElement.GetProperty("findings").EnumerateArray().Select(e => $"{e.GetProperty("path").GetString()} {e.GetProperty("ruleId").GetString()} {e.GetProperty("excerpt").GetString()}"));
    }

    [Fact]
    public void Writing_the_baseline_twice_gives_the_same_bytes()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");
        _folder.Write("docs/b.html", "<p>A miracle cure.</p>");

        Run("docs", "--write-baseline", "one.json");
        Run("docs/b.html", "docs/a.md", "--write-baseline", "two.json");

        Assert.Equal(File.ReadAllBytes(_folder.Combine("one.json")), File.ReadAllBytes(_folder.Combine("two.json")));
    }

    [Fact]
    public void Known_findings_pass_after_lines_are_added_above_them()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");
        Run("docs", "--write-baseline", "baseline.json");
        _folder.Write("docs/a.md", "# Title\n\nAn introduction.\n\nA cure.\n\nResults guaranteed.\n");

        var outcome = Run("docs", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal("No problems found in 1 file (2 in baseline)\n", outcome.Out);
        Assert.Equal("", outcome.Error);
    }

    [Fact]
    public void Only_a_new_finding_fails_and_only_it_is_listed()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");
        Run("docs", "--write-baseline", "baseline.json");
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n\nAnother cure.\n");

        var outcome = Run("docs", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        Assert.Equal(
            "docs/a.md:5:9: error TST001: The word 'cure' is not allowed.\n" +
            "1 problem (1 error, 0 warnings, 0 notes) in 1 file (2 in baseline)\n",
            outcome.Out);
    }

    [Fact]
    public void Entries_no_longer_found_are_listed_for_pruning_and_do_not_fail()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");
        _folder.Write("docs/b.md", "A miracle.\n");
        Run("docs", "--write-baseline", "baseline.json");
        _folder.Write("docs/a.md", "A remedy.\n\nResults guaranteed.\n");
        File.Delete(_folder.Combine("docs/b.md"));

        var outcome = Run("docs", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Matches(
            "^2 baseline entries no longer found; remove them from the baseline:\n" +
            "  docs/a\\.md: TST001 [0-9a-f]{32} \"cure\"\n" +
            "  docs/b\\.md: TST003 [0-9a-f]{32} \"miracle\"\n" +
            "No problems found in 1 file \\(1 in baseline, 2 baseline entries no longer found\\)\n$",
            outcome.Out);
    }

    [Fact]
    public void Entries_of_existing_files_the_run_did_not_cover_are_not_absent()
    {
        _folder.Write("docs/a.md", "A cure.\n");
        _folder.Write("docs/b.md", "A miracle.\n");
        Run("docs", "--write-baseline", "baseline.json");

        var outcome = Run("docs/a.md", "--baseline", "baseline.json");

        Assert.Equal("No problems found in 1 file (1 in baseline)\n", outcome.Out);
    }

    [Fact]
    public void The_baseline_works_from_any_folder_as_its_paths_are_relative_to_it()
    {
        _folder.Write("site/docs/a.md", "A cure.\n");
        Run("site/docs", "--write-baseline", "site/ci/baseline.json");
        var baseline = File.ReadAllText(_folder.Combine("site/ci/baseline.json"));

        var outcome = CliRunner.Run(_folder.Combine("site/docs"), SuppressionLinters.Words(), ".", "--baseline", "../ci/baseline.json");

        Assert.Contains("\"path\": \"../docs/a.md\"", baseline, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal("No problems found in 1 file (1 in baseline)\n", outcome.Out);
    }

    [Fact]
    public void Json_gives_each_finding_its_baseline_state_and_lists_absent_entries()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");
        Run("docs", "--write-baseline", "baseline.json");
        _folder.Write("docs/a.md", "A cure.\n\nA miracle.\n");

        var outcome = Run("docs", "--baseline", "baseline.json", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Out);
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray();
        Assert.Equal(["TST001 unchanged", "TST003 new"], findings.Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("baselineState").GetString()}"));
        var absent = Assert.Single(json.RootElement.GetProperty("baseline").GetProperty("absent").EnumerateArray());
        Assert.Equal("docs/a.md", absent.GetProperty("path").GetString());
        Assert.Equal("TST002", absent.GetProperty("ruleId").GetString());
        Assert.Equal("guaranteed", absent.GetProperty("excerpt").GetString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((1, 1, 1), (summary.GetProperty("problems").GetInt32(), summary.GetProperty("inBaseline").GetInt32(), summary.GetProperty("absentFromBaseline").GetInt32()));
    }

    [Fact]
    public void Sarif_marks_results_unchanged_or_new_and_lists_absent_entries_as_a_run_property()
    {
        _folder.Write("docs/a.md", "A cure.\n\nResults guaranteed.\n");
        Run("docs", "--write-baseline", "baseline.json");
        _folder.Write("docs/a.md", "A cure.\n\nA miracle.\n");

        var outcome = Run("docs", "--baseline", "baseline.json", "--format", "sarif");

        using var sarif = JsonDocument.Parse(outcome.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(
            ["TST001 unchanged", "TST003 new"],
            run.GetProperty("results").EnumerateArray().Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("baselineState").GetString()}"));
        var absent = Assert.Single(run.GetProperty("properties").GetProperty("healthlint/baseline").GetProperty("absent").EnumerateArray());
        Assert.Equal("TST002", absent.GetProperty("ruleId").GetString());
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
    }

    [Fact]
    public void Without_a_baseline_there_is_no_baseline_state()
    {
        _folder.Write("docs/a.md", "A cure.\n");

        var outcome = Run("docs", "--format", "sarif");

        using var sarif = JsonDocument.Parse(outcome.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.False(run.GetProperty("results")[0].TryGetProperty("baselineState", out _));
        Assert.False(run.TryGetProperty("properties", out _));
    }

    [Fact]
    public void Suppressed_findings_stay_suppressed_and_out_of_the_baseline()
    {
        _folder.Write("docs/a.md", "<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.\n\nResults guaranteed.\n");

        var written = Run("docs", "--write-baseline", "baseline.json");
        var compared = Run("docs", "--baseline", "baseline.json");

        Assert.Equal("healthlint: 1 finding recorded in the baseline baseline.json\n", written.Error);
        Assert.Equal("No problems found in 1 file (1 suppressed, 1 in baseline)\n", compared.Out);
        Assert.Equal(ExitCodes.Success, compared.ExitCode);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"findings\": [ {} ] }", "healthlint: error: cannot use the baseline baseline.json:1:31: this finding has no 'path'\n")]
    [InlineData("<baseline/>", "healthlint: error: cannot use the baseline baseline.json:1:1: not valid JSON: '<' is an invalid start of a value.\n")]
    [InlineData("not\njson", "healthlint: error: cannot use the baseline baseline.json:1:2: not valid JSON: 'not json' is an invalid JSON literal. Expected the literal 'null'.\n")]
    [InlineData("", "healthlint: error: cannot use the baseline baseline.json: the file is empty; a baseline is a JSON object with 'version' and 'findings'\n")]
    public void A_bad_baseline_file_is_named_and_exits_2_before_anything_is_linted(string content, string error)
    {
        _folder.Write("docs/a.md", "A cure.\n");
        _folder.Write("baseline.json", content);

        var outcome = Run("docs", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal(error, outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void A_missing_baseline_file_is_named_with_how_to_write_one()
    {
        _folder.Write("docs/a.md", "A cure.\n");

        var outcome = Run("docs", "--baseline", "ci/baseline.json");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("healthlint: error: cannot use the baseline ci/baseline.json: no such file; write one with --write-baseline\n", outcome.Error);
    }

    [Fact]
    public void Baseline_and_write_baseline_together_are_a_usage_error()
    {
        _folder.Write("docs/a.md", "A cure.\n");

        var outcome = Run("docs", "--baseline", "a.json", "--write-baseline", "b.json");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.StartsWith("healthlint: error: --baseline and --write-baseline cannot be used together", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("b.json")));
    }

    [Fact]
    public void A_baseline_that_cannot_be_written_exits_2()
    {
        _folder.Write("docs/a.md", "A cure.\n");
        _folder.CreateDirectory("taken.json");

        var outcome = Run("docs", "--write-baseline", "taken.json");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.StartsWith("healthlint: error: cannot write the baseline to taken.json: ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_baseline_is_written_when_a_path_could_not_be_linted()
    {
        _folder.Write("docs/a.md", "A cure.\n");

        var outcome = Run("docs", "missing.md", "--write-baseline", "baseline.json");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Contains("healthlint: error: the baseline was not written to baseline.json: 1 path could not be linted\n", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("baseline.json")));
    }

    [SharedFact]
    public void Sarif_with_a_baseline_and_suppressions_passes_validate_sarif()
    {
        _folder.Write("docs/a.md", "<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.\n\nResults guaranteed.\n\nA miracle.\n");
        Run("docs", "--write-baseline", "baseline.json");
        _folder.Write("docs/a.md", "<!-- healthlint-disable-next-line TST001 -- quoted -->\nA cure.\n\nA miracle.\n\nAnother cure.\n");

        Run("docs", "--baseline", "baseline.json", "--format", "sarif", "-o", "github.sarif");
        Run("docs", "--baseline", "baseline.json", "--format", "sarif", "--include-suppressed", "-o", "audit.sarif");

        // GitHub ignores suppressions, which the validator warns about; without them the log passes strictly.
        SarifValidator.AssertValid(_folder.Combine("github.sarif"), strict: true);
        SarifValidator.AssertValid(_folder.Combine("audit.sarif"), strict: false);
    }

    private CliOutcome Run(params string[] args) => CliRunner.Run(_folder.Path, SuppressionLinters.Words(), args);

}
