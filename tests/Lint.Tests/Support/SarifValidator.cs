using System.Diagnostics;

namespace HealthLint.Tests.Support;

/// <summary>Runs the shared folder's <c>tools/validate-sarif</c> (Microsoft's validator with GitHub's ingestion rules) on a SARIF file.</summary>
public static class SarifValidator
{
    /// <summary>Asserts that the file passes; <paramref name="strict"/> makes warnings fail too.</summary>
    public static void AssertValid(string sarifPath, bool strict)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(SharedFolder.Path!, "tools", "validate-sarif"));
        if (strict)
        {
            start.ArgumentList.Add("--strict");
        }

        start.ArgumentList.Add(sarifPath);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"validate-sarif exited {process.ExitCode}:\n{output}\n{error.Result}");
        Assert.Contains("PASS", output, StringComparison.Ordinal);
    }
}
