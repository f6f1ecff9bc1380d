using System.Text;
using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

public sealed class CliFormatTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public CliFormatTests()
    {
        _folder.Write("docs/a.md", "Intro.\n\nThe cure is guaranteed.");
        _folder.Write("docs/b.html", "<p>A miracle.</p>");
        _folder.Write("docs/sub/c.md", "Nothing here.");
        _folder.Write("docs/node_modules/d.md", "A cure.");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_is_the_default_with_compiler_style_lines_and_a_summary()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs");

        Assert.Equal(
            "docs/a.md:3:5: error TST001: The word 'cure' is not allowed.\n"
            + "docs/a.md:3:13: warning TST002: The word 'guaranteed' is not allowed.\n"
            + "docs/b.html:1:6: note TST003: The word 'miracle' is not allowed.\n"
            + "3 problems (1 error, 1 warning, 1 note) in 3 files\n",
            outcome.Out);
        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
    }

    [Fact]
    public void The_current_directory_is_linted_when_no_path_is_given()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "--format", "json");

        using var json = JsonDocument.Parse(outcome.Out);
        Assert.Equal(
            ["docs/a.md", "docs/b.html", "docs/sub/c.md"],
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void Json_is_valid_and_counts_the_findings()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((3, 3, 1, 1, 1, 0), (
            summary.GetProperty("files").GetInt32(),
            summary.GetProperty("problems").GetInt32(),
            summary.GetProperty("errors").GetInt32(),
            summary.GetProperty("warnings").GetInt32(),
            summary.GetProperty("notes").GetInt32(),
            summary.GetProperty("fileErrors").GetInt32()));
    }

    [Fact]
    public void Github_writes_one_workflow_command_per_finding()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "github");

        var lines = outcome.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(
            ["::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=9,title=TST001 NoCureWord::The word 'cure' is not allowed.", "::warning", "::notice"],
            lines[..3].Select((line, i) => i == 0 ? line : line.Split(' ')[0]));
        Assert.Equal("3 problems (1 error, 1 warning, 1 note) in 3 files", lines[3]);
    }

    [Fact]
    public void Sarif_uses_relative_uris_and_is_byte_identical_across_runs()
    {
        var first = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "sarif", "-o", "out/first.sarif");
        var second = CliRunner.Run(_folder.Path, TestLinters.Words(), "--format", "sarif", "--output", "out/second.sarif", "docs");

        var bytes = File.ReadAllBytes(_folder.Combine("out/first.sarif"));
        Assert.Equal(bytes, File.ReadAllBytes(_folder.Combine("out/second.sarif")));
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(ExitCodes.FindingsFailed, first.ExitCode);
        Assert.Equal(first.Out.Replace("first", "second", StringComparison.Ordinal), second.Out);
        Assert.Equal("3 problems (1 error, 1 warning, 1 note) in 3 files; report written to out/first.sarif\n", first.Out);

        using var sarif = JsonDocument.Parse(bytes);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .ToArray();
        Assert.Equal(["docs/a.md", "docs/a.md", "docs/b.html"], uris);
        Assert.Equal(3, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Sarif_on_standard_output_matches_the_file()
    {
        var toFile = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "sarif", "-o", "r.sarif");
        var toOut = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "sarif");

        Assert.Equal(toFile.ExitCode, toOut.ExitCode);
        Assert.Equal(File.ReadAllText(_folder.Combine("r.sarif"), Encoding.UTF8), toOut.Out);
    }

    [Fact]
    public void Globs_select_the_files()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs/**/*.md", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Out);
        Assert.Equal(
            ["docs/a.md", "docs/sub/c.md"],
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void The_input_format_reads_any_named_file_as_that_format()
    {
        _folder.Write("page.txt", "<p>A cure.</p>");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "page.txt", "--input-format", "html", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Out);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("html", file.GetProperty("format").GetString());
        Assert.Equal(1, file.GetProperty("findings").GetArrayLength());
    }
}
