using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

public sealed class CliOutputFileTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public CliOutputFileTests() => _folder.Write("a.md", "A cure.");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_report_replaces_the_file_and_leaves_no_temporary_file()
    {
        _folder.Write("reports/out.json", "old report");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "a.md", "--format", "json", "-o", "reports/out.json");

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(_folder.Combine("reports/out.json")), StringComparison.Ordinal);
        Assert.Equal(["out.json"], Directory.GetFiles(_folder.Combine("reports")).Select(Path.GetFileName));
    }

    [Fact]
    public void Missing_folders_of_the_output_path_are_created()
    {
        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "a.md", "-o", "deep/er/report.txt");

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        Assert.StartsWith("a.md:1:3: error TST001:", File.ReadAllText(_folder.Combine("deep/er/report.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_exits_2_and_names_it()
    {
        _folder.CreateDirectory("taken");

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "a.md", "-o", "taken");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.StartsWith("healthlint: error: cannot write the report to taken: ", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Combine("taken")));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_previous_file_whole()
    {
        var target = _folder.Write("report.sarif", "previous");

        var exception = Assert.Throws<IOException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("{\"partial\":"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("disk full", exception.Message);
        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal(["a.md", "report.sarif"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
