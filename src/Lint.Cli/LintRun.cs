using System.Globalization;

namespace HealthLint.Cli;

/// <summary>
/// One lint run: the workspace finds the files and lints each with its configuration, the baseline (if any) marks
/// the known findings, a writer writes the report, and the active findings set the exit code. A configuration that
/// cannot be loaded stops the run before anything is linted. The report is streamed — each file written as it is
/// linted, none kept — except when a baseline is to be written, which needs every finding first.
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
        try
        {
            if (settings.WriteBaselinePath is { } target)
            {
                var report = LintReport.Create(workspace, workspace.Lint(settings.Paths));
                ReportErrors(report.Errors, environment);
                return WriteWithBaseline(report, target, settings, environment);
            }

            using var stream = workspace.Stream(settings.Paths);
            return Write(LintReport.Create(workspace, stream), baseline, settings, environment);
        }
        catch (ConfigurationException exception)
        {
            return ConfigurationErrors.Report(exception, environment);
        }
    }

    public static bool Fails(Severity? highest, FailLevel level) => level switch
    {
        FailLevel.None => false,
        FailLevel.Note => highest >= Severity.Note,
        FailLevel.Warning => highest >= Severity.Warning,
        _ => highest >= Severity.Error,
    };

    /// <summary>Writes a streamed report, then tells of the files that could not be linted, known only at its end.</summary>
    private static int Write(LintReport report, Baseline? baseline, LintSettings settings, CliEnvironment environment)
    {
        if (baseline is not null)
        {
            report = baseline.Apply(report);
        }

        bool written;
        try
        {
            written = WriteReport(report, settings, environment);
        }
        finally
        {
            // Known once every file has passed, even if the report itself could not be written.
            if (report.TryGetErrors(out var errors))
            {
                ReportErrors(errors, environment);
            }
        }

        return ExitCode(written, report, settings);
    }

    /// <summary>Records every finding in a new baseline, then writes the report against it.</summary>
    private static int WriteWithBaseline(LintReport report, string target, LintSettings settings, CliEnvironment environment)
    {
        var baseline = WriteBaseline(target, report, environment);
        if (baseline is null && report.Errors.Count == 0)
        {
            return ExitCodes.Error;
        }

        if (baseline is not null)
        {
            report = baseline.Apply(report);
        }

        return ExitCode(WriteReport(report, settings, environment), report, settings);
    }

    /// <summary>An error when the report was not written or a file could not be linted; otherwise what the findings say.</summary>
    private static int ExitCode(bool written, LintReport report, LintSettings settings) =>
        !written || report.Errors.Count > 0 ? ExitCodes.Error
        : Fails(report.Summary.HighestSeverity, settings.FailLevel) ? ExitCodes.FindingsFailed
        : ExitCodes.Success;

    private static void ReportErrors(IReadOnlyList<FileError> errors, CliEnvironment environment)
    {
        foreach (var error in errors)
        {
            environment.Error.Write($"healthlint: error: {error.Path}: {error.Message}\n");
        }
    }

    /// <summary>Writes the report to standard output or to <c>--output</c>; <see langword="false"/> when the file could not be written.</summary>
    private static bool WriteReport(LintReport report, LintSettings settings, CliEnvironment environment)
    {
        var writer = ReportWriter.Create(settings.Format, settings.IncludeSuppressed);
        if (settings.OutputPath is null)
        {
            writer.Write(report, environment.Out);
            return true;
        }

        return TryWriteFile(settings.OutputPath, report, writer, environment);
    }

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
