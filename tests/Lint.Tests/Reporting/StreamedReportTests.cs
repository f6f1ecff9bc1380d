using HealthLint.Reporting;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Reporting;

/// <summary>
/// The JSON and SARIF writers pass their bytes on as they go: a report of a whole archive is hundreds of megabytes,
/// and holding it whole before writing it doubled the command's memory.
/// </summary>
public sealed class StreamedReportTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Json)]
    public void A_large_report_reaches_the_stream_in_pieces_with_the_same_bytes(ReportFormat format)
    {
        var report = Lint(150, "article", n => $"This cream is guaranteed to cure eczema number {n}.\n\nStudies show turmeric reduces inflammation {n}.\n\n");
        var writer = ReportWriter.Create(format, includeSuppressed: false);
        using var stream = new RecordingStream();

        writer.Write(report, stream);

        Assert.True(stream.Length > 1_000_000, $"the report is only {stream.Length} bytes");
        Assert.True(stream.Writes > 5, $"the report reached the stream in {stream.Writes} writes");
        Assert.True(stream.LargestWrite < 512 * 1024, $"one write held {stream.LargestWrite} bytes");
        Assert.Equal(writer.WriteToString(report), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Json)]
    public void Characters_split_between_pieces_reach_a_text_writer_whole(ReportFormat format)
    {
        var report = Lint(120, "artículo", n => $"Cette crème — garantie 😀 — is guaranteed to cure eczema n°{n}. It is 100% safe 😀 for crème users.\n\n");
        var writer = ReportWriter.Create(format, includeSuppressed: false);
        using var stream = new RecordingStream();
        writer.Write(report, stream);

        var text = writer.WriteToString(report);

        Assert.True(text.Length > 300_000, $"the report is only {text.Length} characters");
        Assert.Contains(text, c => c > 127);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(stream.ToArray()), text);
    }

    /// <summary>The report of <paramref name="files"/> articles, each of eight paragraphs.</summary>
    private LintReport Lint(int files, string name, Func<int, string> paragraph)
    {
        for (var i = 0; i < files; i++)
        {
            _folder.Write($"{name}-{i:000}.md", string.Concat(Enumerable.Range(0, 8).Select(paragraph)));
        }

        var workspace = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = _folder.Path });
        return LintReport.Create(workspace, workspace.Lint(["."]));
    }

    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _bytes.Length;

        public override long Position { get => _bytes.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _bytes.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _bytes.Write(buffer);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _bytes.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
