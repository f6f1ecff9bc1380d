namespace HealthLint.Benchmarks;

/// <summary>The <c>--name value</c> options of a benchmark command, read once for every command alike.</summary>
internal static class CommandOptions
{
    /// <summary>
    /// The options by name, or <see langword="null"/> when the command should stop: help was asked for (written to
    /// <paramref name="output"/>, <paramref name="status"/> 0), or an option has no value (said on
    /// <paramref name="error"/>, <paramref name="status"/> 2).
    /// </summary>
    public static Dictionary<string, string>? Read(IReadOnlyList<string> args, string usage, string help, TextWriter output, TextWriter error, out int status)
    {
        status = 0;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "-h" or "--help")
            {
                output.WriteLine(usage);
                output.WriteLine(help);
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error.WriteLine($"{option} needs a value; {usage}");
                status = 2;
                return null;
            }

            options[option] = args[++i];
        }

        return options;
    }
}
