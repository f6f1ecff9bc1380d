using System.Text;
using HealthLint.Benchmarks.Corpus;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>
/// The documents one benchmark operation processes: the first generated documents of one format (seed 1) until they
/// add up to <see cref="TargetBytes"/>. Computed the same way in the benchmark process and in the host that writes
/// the summary, so both agree on the bytes per operation.
/// </summary>
internal sealed class BenchmarkWorkload
{
    public const int Seed = 1;
    public const int TargetBytes = 300_000;

    private static readonly Lazy<BenchmarkWorkload> MarkdownWorkload = new(() => new BenchmarkWorkload(DocumentFormat.Markdown));
    private static readonly Lazy<BenchmarkWorkload> HtmlWorkload = new(() => new BenchmarkWorkload(DocumentFormat.Html));

    private BenchmarkWorkload(DocumentFormat format)
    {
        var generator = new CorpusGenerator(Seed);
        var documents = new List<string>();
        long bytes = 0;
        for (var index = format == DocumentFormat.Markdown ? 0 : 1; bytes < TargetBytes; index += 2)
        {
            var document = generator.Generate(index);
            documents.Add(document.Text);
            bytes += Encoding.UTF8.GetByteCount(document.Text);
        }

        Format = format;
        Documents = [.. documents];
        Bytes = bytes;
    }

    public DocumentFormat Format { get; }

    public IReadOnlyList<string> Documents { get; }

    /// <summary>The UTF-8 size of <see cref="Documents"/>, as the files would be on disk.</summary>
    public long Bytes { get; }

    public static BenchmarkWorkload For(DocumentFormat format) =>
        format == DocumentFormat.Markdown ? MarkdownWorkload.Value : HtmlWorkload.Value;
}
