using System.Globalization;

namespace HealthLint.Cli;

/// <summary>
/// One lint run: the workspace finds the files and lints each with its configuration, the baseline (if any) marks
/// the known findings, a writer writes the report, and the active findings set the exit code. A configuration that
/// cannot be loaded stops the run before anything is linted.
/// </summary>
internal static class LintRun
{
    public static int Execute(LintSettings settings, CliEnvironment environment)
    {
        Baseline? baseline = null;
        if (settings.BaselinePath is { } baselinePath && !TryLoadBaseline(baselinePath, environment, out baseline))
        {
            return ExitCodes.Error;
        }

        var workspace = new LintWorkspace(environment.Linter, new WorkspaceOptions
        {
            BaseDirectory = environment.CurrentDirectory,
            ForcedFormat = settings.InputFormat,
            FindConfigurationFiles = true,
            ConfigurationFile = settings.ConfigurationFile,
        });
        WorkspaceResult result;
        try
        {
            result = workspace.Lint(settings.Paths);
        }
        catch (ConfigurationException exception)
        {
            return ConfigurationErrors.Report(exception, environment);
        }

        var report = LintReport.Create(workspace, result);
        var writer = ReportWriter.Create(settings.Format, settings.IncludeSuppressed);

        foreach (var error in report.Errors)
        {
            environment.Error.Write($"healthlint: error: {error.Path}: {error.Message}\n");
        }

        if (settings.WriteBaselinePath is { } target)
        {
            baseline = WriteBaseline(target, report, environment);
            if (baseline is null && report.Errors.Count == 0)
            {
                return ExitCodes.Error;
            }
        }

        if (baseline is not null)
        {
            report = baseline.Apply(report);
        }

        if (settings.OutputPath is null)
        {
            writer.Write(report, environment.Out);
        }
        else if (!TryWriteFile(settings.OutputPath, report, writer, environment))
        {
            return ExitCodes.Error;
        }

        if (report.Errors.Count > 0)
        {
            return ExitCodes.Error;
        }

        return Fails(report.Summary.HighestSeverity, settings.FailLevel) ? ExitCodes.FindingsFailed : ExitCodes.Success;
    }

    public static bool Fails(Severity? highest, FailLevel level) => level switch
    {
        FailLevel.None => false,
        FailLevel.Note => highest >= Severity.Note,
        FailLevel.Warning => highest >= Severity.Warning,
        _ => highest >= Severity.Error,
    };

    private static bool TryLoadBaseline(string path, CliEnvironment environment, out Baseline? baseline)
    {
        var fullPath = Path.GetFullPath(path, environment.CurrentDirectory);
        try
        {
            baseline = Baseline.Load(fullPath, path);
            return true;
        }
        catch (BaselineFileException exception)
        {
            var hint = File.Exists(fullPath) ? "" : "; write one with --write-baseline";
            environment.Error.Write($"healthlint: error: cannot use the baseline {exception.Message}{hint}\n");
            baseline = null;
            return false;
        }
    }

    /// <summary>Records the report's findings in a baseline file; <see langword="null"/> when it was not written.</summary>
    private static Baseline? WriteBaseline(string path, LintReport report, CliEnvironment environment)
    {
        if (report.Errors.Count > 0)
        {
            // A baseline without the findings of the files that could not be read would make them all new later.
            environment.Error.Write($"healthlint: error: the baseline was not written to {path}: {Count(report.Errors.Count, "path", "paths")} could not be linted\n");
            return null;
        }

        var fullPath = Path.GetFullPath(path, environment.CurrentDirectory);
        var baseline = Baseline.Create(report, Path.GetDirectoryName(fullPath)!);
        try
        {
            AtomicFile.Write(fullPath, baseline.Write);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            environment.Error.Write($"healthlint: error: cannot write the baseline to {path}: {exception.Message}\n");
            return null;
        }

        environment.Error.Write($"healthlint: {Count(baseline.Entries.Count, "finding", "findings")} recorded in the baseline {path}\n");
        return baseline;
    }

    private static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    private static bool TryWriteFile(string outputPath, LintReport report, ReportWriter writer, CliEnvironment environment)
    {
        try
        {
            AtomicFile.Write(Path.GetFullPath(outputPath, environment.CurrentDirectory), stream => writer.Write(report, stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            environment.Error.Write($"healthlint: error: cannot write the report to {outputPath}: {exception.Message}\n");
            return false;
        }

        environment.Out.Write($"{report.Summary}; report written to {outputPath}\n");
        return true;
    }
}
