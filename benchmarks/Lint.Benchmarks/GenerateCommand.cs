using System.Globalization;
using System.Text;
using HealthLint.Benchmarks.Corpus;

namespace HealthLint.Benchmarks;

/// <summary><c>generate --n COUNT --out FOLDER [--seed SEED]</c>: writes a generated corpus to a folder.</summary>
internal static class GenerateCommand
{
    private const string Usage = "usage: generate --n COUNT --out FOLDER [--seed SEED]";

    private const string Help = "Writes COUNT health articles below FOLDER, half Markdown and half HTML, 2-15 KB each;\n"
        + "the same seed always gives the same files. Existing files of the same names are overwritten.";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandOptions.Read(args, Usage, Help, output, error, out var status) is not { } options)
        {
            return status;
        }

        int? count = null;
        string? folder = null;
        var seed = 1;
        foreach (var (option, value) in options)
        {
            switch (option)
            {
                case "--n" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    count = n;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "--out":
                    folder = value;
                    break;
                default:
                    error.WriteLine($"unknown option or bad value: {option} {value}; {Usage}");
                    return 2;
            }
        }

        if (count is null || folder is null)
        {
            error.WriteLine(Usage);
            return 2;
        }

        var root = Path.GetFullPath(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        var markdown = 0;
        foreach (var document in new CorpusGenerator(seed).GenerateMany(count.Value))
        {
            var path = Path.Combine(root, document.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = utf8.GetBytes(document.Text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            markdown += document.Format == DocumentFormat.Markdown ? 1 : 0;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {count} documents ({markdown} Markdown, {count - markdown} HTML), {bytes / 1e6:F1} MB ({bytes} bytes), seed {seed}, to {root}"));
        return 0;
    }
}
