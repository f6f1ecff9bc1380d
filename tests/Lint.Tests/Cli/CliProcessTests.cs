using System.Diagnostics;
using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Cli;

/// <summary>The built command run as its own process, as users and CI run it.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Version_runs_as_a_process()
    {
        var (exitCode, output, _) = Run(_folder.Path, "--version");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(ToolInfo.HealthLint.Version + "\n", output);
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_2_as_a_process()
    {
        _folder.Write("good.md", "Fine.");
        _folder.WriteBytes("bad.md", [0xFF]);

        var (exitCode, output, error) = Run(_folder.Path, "--format", "json");

        Assert.Equal(ExitCodes.Error, exitCode);
        Assert.Contains("bad.md: not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"good.md\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_exits_2_as_a_process()
    {
        var (exitCode, output, error) = Run(_folder.Path, "--no-such-option");

        Assert.Equal(ExitCodes.Error, exitCode);
        Assert.Equal("", output);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealthLint.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
