namespace HealthLint.Cli;

/// <summary>How a configuration that cannot be loaded is told: <c>path:line:col: error: problem</c> on standard error, exit code 2.</summary>
internal static class ConfigurationErrors
{
    public static int Report(ConfigurationException exception, CliEnvironment environment)
    {
        var path = DisplayPath(exception.File, environment.CurrentDirectory);
        var position = exception.Line > 0 ? $"{path}:{exception.Line}:{exception.Column}" : path;
        environment.Error.Write($"{position}: error: {exception.Problem}\n");
        return ExitCodes.Error;
    }

    /// <summary>A path under the current directory relative to it, with forward slashes; others as they are.</summary>
    private static string DisplayPath(string file, string currentDirectory)
    {
        if (!Path.IsPathFullyQualified(file))
        {
            return file;
        }

        var relative = Path.GetRelativePath(currentDirectory, file);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return file;
        }

        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }
}
