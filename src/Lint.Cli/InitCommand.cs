using System.Text;

namespace HealthLint.Cli;

/// <summary><c>healthlint init</c>: writes a commented starter <c>.healthlint.yaml</c> in the current folder, never over an existing configuration unless forced.</summary>
internal static class InitCommand
{
    public static int Execute(CliEnvironment environment, bool force)
    {
        var target = Path.Combine(environment.CurrentDirectory, LintConfiguration.FileName);
        var alternate = Path.Combine(environment.CurrentDirectory, LintConfiguration.AlternateFileName);
        if (File.Exists(alternate))
        {
            environment.Error.Write($"healthlint: error: {LintConfiguration.AlternateFileName} already exists here; edit it, or remove it and run 'healthlint init' again\n");
            return ExitCodes.Error;
        }

        if (File.Exists(target) && !force)
        {
            environment.Error.Write($"healthlint: error: {LintConfiguration.FileName} already exists here; run 'healthlint init --force' to replace it\n");
            return ExitCodes.Error;
        }

        try
        {
            var text = StarterConfiguration.Text(environment.Linter);
            AtomicFile.Write(target, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.Write($"healthlint: error: cannot write {LintConfiguration.FileName}: {e.Message}\n");
            return ExitCodes.Error;
        }

        environment.Out.Write($"Wrote {LintConfiguration.FileName}; edit it to configure HealthLint for this folder and the folders below it.\n");
        return ExitCodes.Success;
    }
}
