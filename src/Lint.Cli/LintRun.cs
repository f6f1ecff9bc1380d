namespace HealthLint.Cli;

/// <summary>
/// One lint run: the workspace finds the files and lints each with its configuration, a writer writes the report,
/// the findings set the exit code. A configuration that cannot be loaded stops the run before anything is linted.
/// </summary>
internal static class LintRun
{
    public static int Execute(LintSettings settings, CliEnvironment environment)
    {
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
        var writer = ReportWriter.Create(settings.Format);

        foreach (var error in report.Errors)
        {
            environment.Error.Write($"healthlint: error: {error.Path}: {error.Message}\n");
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
