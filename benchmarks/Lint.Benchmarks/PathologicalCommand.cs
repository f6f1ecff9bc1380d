using System.Globalization;
using System.Text;
using HealthLint.Benchmarks.Corpus;

namespace HealthLint.Benchmarks;

/// <summary><c>pathological --kb SIZE --out FOLDER</c>: writes each pathological Markdown case to a file of about SIZE KB.</summary>
internal static class PathologicalCommand
{
    private const string Usage = "usage: pathological --kb SIZE --out FOLDER";

    private const string Help = "Writes one Markdown file per case that makes a naive parser take quadratic time, each about SIZE KB.";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandOptions.Read(args, Usage, Help, output, error, out var status) is not { } options)
        {
            return status;
        }

        int? kilobytes = null;
        string? folder = null;
        foreach (var (option, value) in options)
        {
            switch (option)
            {
                case "--kb" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) && kb is > 0 and <= 1_000_000:
                    kilobytes = kb;
                    break;
                case "--out":
                    folder = value;
                    break;
                default:
                    error.WriteLine($"unknown option or bad value: {option} {value}; {Usage}");
                    return 2;
            }
        }

        if (kilobytes is null || folder is null)
        {
            error.WriteLine(Usage);
            return 2;
        }

        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        var count = 0;
        foreach (var (name, text) in PathologicalMarkdown.Cases(kilobytes.Value * 1000))
        {
            File.WriteAllText(Path.Combine(root, $"{++count:D2}-{name}.md"), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count} pathological Markdown files of about {kilobytes} KB to {root}"));
        return 0;
    }
}
