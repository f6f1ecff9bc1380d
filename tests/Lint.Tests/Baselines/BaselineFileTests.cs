using System.Text;
using HealthLint.Tests.Reporting;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Baselines;

/// <summary>
/// The baseline file: deterministic JSON keyed by path, rule id and fingerprint, paths relative to its folder; a file
/// that is not a baseline is named with the line and column at fault.
/// </summary>
public sealed class BaselineFileTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_file_lists_findings_sorted_by_path_rule_and_fingerprint_without_lines()
    {
        var report = TestReports.Lint([("b.md", "A miracle cure."), ("docs/a.md", "A cure.\n\nA cure.")]);

        var text = Write(Baseline.Create(report, TestReports.BaseDirectory));

        Assert.Equal(
            """
            {
              "version": 1,
              "findings": [
                {
                  "path": "b.md",
                  "ruleId": "TST001",
                  "fingerprint": "<hex>",
                  "excerpt": "cure"
                },
                {
                  "path": "b.md",
                  "ruleId": "TST003",
                  "fingerprint": "<hex>",
                  "excerpt": "miracle"
                },
                {
                  "path": "docs/a.md",
                  "ruleId": "TST001",
                  "fingerprint": "<hex>",
                  "excerpt": "cure"
                },
                {
                  "path": "docs/a.md",
                  "ruleId": "TST001",
                  "fingerprint": "<hex>",
                  "excerpt": "cure"
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Masked(text));
        Assert.DoesNotContain("line", text, StringComparison.OrdinalIgnoreCase);
        var fingerprints = Baseline.Create(report, TestReports.BaseDirectory).Entries.Where(e => e.Path == "docs/a.md").Select(e => e.Fingerprint).ToArray();
        Assert.NotEqual(fingerprints[0], fingerprints[1]);
        Assert.True(string.CompareOrdinal(fingerprints[0], fingerprints[1]) < 0);
    }

    [Fact]
    public void The_same_findings_give_the_same_bytes_in_any_file_order()
    {
        var one = TestReports.Lint([("b.md", "A miracle cure."), ("a.md", "A cure.")]);
        var other = TestReports.Lint([("a.md", "A cure."), ("b.md", "A miracle cure.")]);

        Assert.Equal(
            Write(Baseline.Create(one, TestReports.BaseDirectory)),
            Write(Baseline.Create(other, TestReports.BaseDirectory)));
    }

    [Fact]
    public void Paths_are_relative_to_the_baseline_files_folder()
    {
        var report = TestReports.Lint("docs/a.md", "A cure.");

        var baseline = Baseline.Create(report, Path.Combine(TestReports.BaseDirectory, "ci"));

        Assert.Equal("../docs/a.md", Assert.Single(baseline.Entries).Path);
        Assert.Equal(BaselineState.Unchanged, baseline.Apply(report).Files[0].Findings[0].BaselineState);
    }

    [Fact]
    public void A_written_baseline_reads_back_the_same()
    {
        var baseline = Baseline.Create(TestReports.Lint([("a.md", "A \"quoted\" cure.\n\nÉpices: a miracle.")]), TestReports.BaseDirectory);
        var path = _folder.Combine("baseline.json");
        using (var stream = File.Create(path))
        {
            baseline.Write(stream);
        }

        var read = Baseline.Load(path);

        Assert.Equal(baseline.Entries, read.Entries);
        Assert.Equal(_folder.Path, read.Directory);
    }

    [Fact]
    public void Unknown_keys_are_skipped_and_the_excerpt_is_optional()
    {
        var baseline = Parse("""{ "version": 1, "note": {"by": "ci"}, "findings": [ { "path": "a.md", "ruleId": "HL002", "fingerprint": "ab", "extra": [1] } ] }""");

        Assert.Equal(new BaselineEntry("a.md", "HL002", "ab", ""), Assert.Single(baseline.Entries));
    }

    [Theory]
    [InlineData("", "baseline.json: the file is empty; a baseline is a JSON object with 'version' and 'findings'")]
    [InlineData(" \n ", "baseline.json: the file is empty; a baseline is a JSON object with 'version' and 'findings'")]
    [InlineData("[]", "baseline.json:1:1: a baseline is a JSON object with 'version' and 'findings'")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [ }", "baseline.json:3:17: not valid JSON: '}' is an invalid start of a value.")]
    [InlineData("{ \"findings\": [] }", "baseline.json:1:1: the baseline has no 'version'")]
    [InlineData("{ \"version\": 2, \"findings\": [] }", "baseline.json:1:14: 'version' must be 1, the baseline format this HealthLint reads")]
    [InlineData("{ \"version\": 1 }", "baseline.json:1:1: the baseline has no 'findings' array")]
    [InlineData("{ \"version\": 1, \"findings\": {} }", "baseline.json:1:29: 'findings' must be an array")]
    [InlineData("{ \"version\": 1,\n  \"findings\": [ \"a.md\" ] }", "baseline.json:2:17: each finding must be an object with 'path', 'ruleId' and 'fingerprint'")]
    [InlineData("{ \"version\": 1,\n  \"findings\": [\n    { \"path\": \"a.md\", \"fingerprint\": \"ab\" } ] }", "baseline.json:3:5: this finding has no 'ruleId'")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"path\": \"\", \"ruleId\": \"HL002\", \"fingerprint\": \"ab\" } ] }", "baseline.json:1:41: 'path' must not be empty")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"path\": \"a.md\", \"ruleId\": \"HL002\", \"fingerprint\": 7 } ] }", "baseline.json:1:83: 'fingerprint' must be a string")]
    [InlineData("{ \"version\": 1, \"findings\": [] } []", "baseline.json:1:34: not valid JSON: '[' is invalid after a single JSON value. Expected end of data.")]
    public void A_file_that_is_not_a_baseline_is_named_with_the_position_at_fault(string content, string message)
    {
        var exception = Assert.Throws<BaselineFileException>(() => Parse(content));

        Assert.Equal(message, exception.Message);
        Assert.Equal("baseline.json", exception.File);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var exception = Assert.Throws<BaselineFileException>(() => Baseline.Load(_folder.Combine("nope.json"), "ci/nope.json"));

        Assert.Equal("ci/nope.json: no such file", exception.Message);
        Assert.Equal(0, exception.Line);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "version": 1, "findings": [] }""")).ToArray();

        Assert.Empty(Baseline.Parse(bytes, "baseline.json", _folder.Path).Entries);
    }

    private Baseline Parse(string content) => Baseline.Parse(Encoding.UTF8.GetBytes(content), "baseline.json", _folder.Path);

    private static string Write(Baseline baseline)
    {
        using var stream = new MemoryStream();
        baseline.Write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The text with each fingerprint replaced by <c>&lt;hex&gt;</c>, after checking that it is 32 lower-case hex digits.</summary>
    private static string Masked(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\"fingerprint\": \"(?<f>[^\"]*)\"", m =>
        {
            Assert.Matches("^[0-9a-f]{32}$", m.Groups["f"].Value);
            return "\"fingerprint\": \"<hex>\"";
        });
}
