using System.Globalization;
using System.Text;
using HealthLint.Benchmarks.Corpus;

namespace HealthLint.Benchmarks;

/// <summary><c>pathological --kb SIZE --out FOLDER</c>: writes each pathological Markdown case to a file of about SIZE KB.</summary>
internal static class PathologicalCommand
{
    private const string Usage = "usage: pathological --kb SIZE --out FOLDER";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        int? kilobytes = null;
        string? folder = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "-h" or "--help")
            {
                output.WriteLine(Usage);
                output.WriteLine("Writes one Markdown file per case that makes a naive parser take quadratic time, each about SIZE KB.");
                return 0;
            }

            if (i + 1 >= args.Count)
            {
                error.WriteLine($"{option} needs a value; {Usage}");
                return 2;
            }

            var value = args[++i];
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
