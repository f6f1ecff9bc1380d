using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

public sealed class CliFileErrorTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public CliFileErrorTests()
    {
        _folder.Write("docs/a.md", "A cure.");
        _folder.Write("docs/c.md", "Guaranteed.");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_that_is_not_utf8_is_named_on_stderr_and_the_others_are_still_reported()
    {
        _folder.WriteBytes("docs/b.md", [0x41, 0x0A, 0xFF, 0xFE, 0x0A]);

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("healthlint: error: docs/b.md: not valid UTF-8: byte 0xFF at line 2 (byte offset 2) does not start a valid sequence; save the file as UTF-8\n", outcome.Error);
        Assert.Contains("docs/a.md:1:3: error TST001:", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("docs/c.md:1:1: warning TST002:", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("docs/b.md: error: not valid UTF-8", outcome.Out, StringComparison.Ordinal);
        Assert.EndsWith("in 2 files; 1 path could not be linted\n", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_lists_the_unreadable_file_as_a_tool_notification()
    {
        _folder.WriteBytes("docs/b.md", [0xC0, 0xAF]);

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "sarif");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        using var sarif = JsonDocument.Parse(outcome.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.StartsWith("docs/b.md: not valid UTF-8", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("docs/b.md", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(2, run.GetProperty("results").GetArrayLength());
    }

    [UnixFact]
    public void A_file_that_cannot_be_opened_is_named_in_every_format_and_the_others_are_still_reported()
    {
        using var socket = _folder.BindSocket("docs/b.md");

        var text = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs");
        var json = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "json");
        var sarif = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "sarif");

        Assert.All([text, json, sarif], outcome =>
        {
            Assert.Equal(ExitCodes.Error, outcome.ExitCode);
            Assert.StartsWith("healthlint: error: docs/b.md: cannot be read: ", outcome.Error, StringComparison.Ordinal);
        });
        Assert.Contains("docs/a.md:1:3: error TST001:", text.Out, StringComparison.Ordinal);
        Assert.Contains("docs/b.md: error: cannot be read: ", text.Out, StringComparison.Ordinal);
        Assert.EndsWith("in 2 files; 1 path could not be linted\n", text.Out, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Out);
        Assert.Equal(["docs/a.md", "docs/c.md"], report.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        var error = Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("docs/b.md", "unreadable"), (error.GetProperty("path").GetString(), error.GetProperty("kind").GetString()));
        using var log = JsonDocument.Parse(sarif.Out);
        var run = log.RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.StartsWith("docs/b.md: cannot be read: ", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, run.GetProperty("results").GetArrayLength());
    }

    [PermissionFact]
    public void A_file_without_read_permission_is_named_on_stderr_and_the_others_are_still_reported()
    {
        TemporaryDirectory.RemovePermissions(_folder.Write("docs/locked.md", "A cure."));

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs", "--format", "json");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("healthlint: error: docs/locked.md: cannot be read: permission denied\n", outcome.Error);
        using var json = JsonDocument.Parse(outcome.Out);
        Assert.Equal(2, json.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal("unreadable", json.RootElement.GetProperty("errors")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_symbolic_link_loop_is_named_and_the_run_ends()
    {
        Directory.CreateSymbolicLink(_folder.Combine("docs/again"), _folder.Combine("docs"));

        var outcome = CliRunner.Run(_folder.Path, TestLinters.Words(), "docs");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.StartsWith("healthlint: error: docs/again: not searched: the symbolic link loops back", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("docs/a.md:1:3:", outcome.Out, StringComparison.Ordinal);
    }
}
