namespace HealthLint.Cli;

/// <summary>
/// The table <c>healthlint rules</c> prints: id, severity, name and title of every rule, in id order, as the
/// configuration of the current folder sets them.
/// </summary>
internal static class RulesListing
{
    public static int Execute(CliEnvironment environment, string? configurationFile)
    {
        if (!TryConfiguredLinter(environment, configurationFile, out var linter))
        {
            return ExitCodes.Error;
        }

        var rows = new List<string[]> { new[] { "ID", "SEVERITY", "NAME", "TITLE" } };
        rows.AddRange(linter.Rules.Select(rule => new[]
        {
            rule.Id,
            linter.SeverityOf(rule).ToString().ToLowerInvariant(),
            rule.Name,
            rule.Title,
        }));

        var widths = Enumerable.Range(0, 3).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = string.Concat(row.Take(3).Select((cell, column) => cell.PadRight(widths[column] + 2))) + row[3];
            environment.Out.Write(line + "\n");
        }

        if (linter.Rules.Count == 0)
        {
            environment.Out.Write("(no rules)\n");
        }

        return ExitCodes.Success;
    }

    /// <summary>Writes one Markdown page per rule into <paramref name="folder"/>, each named after the rule id.</summary>
    public static int WriteDocs(CliEnvironment environment, string folder, string? configurationFile)
    {
        if (!TryConfiguredLinter(environment, configurationFile, out var linter))
        {
            return ExitCodes.Error;
        }

        try
        {
            var target = Path.GetFullPath(folder, environment.CurrentDirectory);
            Directory.CreateDirectory(target);
            foreach (var rule in linter.Rules)
            {
                var page = RuleDocumentation.Render(rule);
                AtomicFile.Write(Path.Combine(target, RuleDocumentation.FileName(rule)), stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(page)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.Write($"healthlint: error: {folder}: {e.Message}\n");
            return ExitCodes.Error;
        }

        environment.Out.Write($"{linter.Rules.Count} rule pages written to {folder}\n");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The rules as the configuration of the current folder (or the one given) sets them: its rule packs' rules
    /// included, the ones it turns off left out.
    /// </summary>
    private static bool TryConfiguredLinter(CliEnvironment environment, string? configurationFile, out Linter linter)
    {
        var workspace = new LintWorkspace(environment.Linter, new WorkspaceOptions
        {
            BaseDirectory = environment.CurrentDirectory,
            FindConfigurationFiles = true,
            ConfigurationFile = configurationFile,
        });
        try
        {
            linter = workspace.LinterForFolder();
            return true;
        }
        catch (ConfigurationException exception)
        {
            ConfigurationErrors.Report(exception, environment);
            linter = environment.Linter;
            return false;
        }
    }
}
