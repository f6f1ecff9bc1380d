using System.Runtime.CompilerServices;
using System.Text;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Workspace;

/// <summary>
/// A workspace stream lints the files several at once and hands each on in path order, keeping none: the same files,
/// findings and errors as <see cref="LintWorkspace.Lint"/>, with the errors known once every file has passed.
/// </summary>
public sealed class WorkspaceStreamTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    public void The_stream_gives_what_lint_gives_in_path_order(int parallelism)
    {
        for (var i = 0; i < 150; i++)
        {
            _folder.Write($"docs/{i % 7}/article-{i:000}.md", $"Studies show zinc cures colds {i}.\n\nWe guarantee results.\n");
        }

        _folder.WriteBytes("docs/3/broken.md", [0x66, 0xC3, 0x28, 0x0A]);
        _folder.WriteBytes("docs/5/also-broken.html", [0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0xFD]);
        var options = new WorkspaceOptions { BaseDirectory = _folder.Path, MaxDegreeOfParallelism = parallelism };
        var workspace = new LintWorkspace(new Linter(), options);
        var kept = workspace.Lint(["docs", "missing.md"]);

        using var stream = workspace.Stream(["docs", "missing.md"]);
        Assert.Throws<InvalidOperationException>(() => stream.Errors);
        var streamed = stream.Files.Select(f => (f.Path, Findings: string.Join('|', f.Findings.Select(x => $"{x.RuleId}@{x.Region}")))).ToList();

        Assert.Equal(152, stream.FileCount);
        Assert.Equal(150, streamed.Count);
        Assert.Equal(kept.Files.Select(f => (f.Path, string.Join('|', f.Findings.Select(x => $"{x.RuleId}@{x.Region}")))), streamed);
        Assert.Equal(streamed.Select(f => f.Path).Order(StringComparer.Ordinal), streamed.Select(f => f.Path));
        Assert.Contains(streamed, f => f.Findings.Contains("HL003", StringComparison.Ordinal));
        Assert.Equal(["docs/3/broken.md", "docs/5/also-broken.html", "missing.md"], stream.Errors.Select(e => e.Path));
        Assert.Equal(kept.Errors.Select(e => (e.Path, e.Message)), stream.Errors.Select(e => (e.Path, e.Message)));
        Assert.Equal(kept.Rules.Select(r => r.Id), stream.Rules.Select(r => r.Id));
    }

    [Fact]
    public void The_files_can_be_read_once()
    {
        _folder.Write("a.md", "One.");
        var workspace = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = _folder.Path });
        using var stream = workspace.Stream();

        Assert.Single(stream.Files);
        Assert.Empty(stream.Errors);
        Assert.Throws<InvalidOperationException>(() => stream.Files.Count());
        stream.Dispose();
        Assert.Throws<ObjectDisposedException>(() => stream.Files.Count());
    }

    [Fact]
    public void An_empty_workspace_streams_nothing_and_has_its_errors_at_once()
    {
        var workspace = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = _folder.Path });
        using var stream = workspace.Stream(["nothing-here.md"]);

        Assert.Equal(["nothing-here.md"], stream.Errors.Select(e => e.Path));
        Assert.Empty(stream.Files);
    }

    [Fact]
    public void Workers_stay_within_a_window_of_the_reader()
    {
        var linted = new StrongBox<int>();
        using var stream = Counting(5_000, workers: 4, linted);

        using var files = stream.Files.GetEnumerator();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(files.MoveNext());
            Assert.Equal($"f{i:00000}.md", files.Current.Path);
        }

        // Let the workers run as far as they may; they must stop at the window, not at the end.
        var seen = -1;
        for (var wait = 0; wait < 50 && seen != Volatile.Read(ref linted.Value); wait++)
        {
            seen = Volatile.Read(ref linted.Value);
            Thread.Sleep(50);
        }

        Assert.InRange(Volatile.Read(ref linted.Value), 10, 10 + 64);
    }

    [Fact]
    public void Stopping_early_stops_the_workers()
    {
        var linted = new StrongBox<int>();
        var stream = Counting(5_000, workers: 3, linted);

        Assert.Equal(5, stream.Files.Take(5).Count());
        stream.Dispose();
        var after = Volatile.Read(ref linted.Value);
        Thread.Sleep(100);

        Assert.Equal(after, Volatile.Read(ref linted.Value));
        Assert.InRange(after, 5, 5 + 64);
        Assert.Throws<InvalidOperationException>(() => stream.Errors);
    }

    [Fact]
    public void A_failing_worker_fails_the_reader_instead_of_hanging_it()
    {
        using var stream = new WorkspaceStream(
            100,
            i => i == 40 ? throw new InvalidDataException("worker failed") : (Linted($"f{i:000}.md"), null),
            [],
            [],
            workers: 2,
            CancellationToken.None);

        var error = Assert.Throws<InvalidDataException>(() => stream.Files.Count());
        Assert.Equal("worker failed", error.Message);
    }

    /// <summary>A stream of <paramref name="count"/> empty files that counts how many its workers have linted.</summary>
    private static WorkspaceStream Counting(int count, int workers, StrongBox<int> linted) =>
        new(
            count,
            i =>
            {
                Interlocked.Increment(ref linted.Value);
                return (Linted($"f{i:00000}.md"), null);
            },
            [],
            [],
            workers,
            CancellationToken.None);

    private static LintedFile Linted(string path) =>
        new(path, Path.Combine(Path.GetTempPath(), path), new LintResult(path, DocumentFormat.Markdown, [], []));
}
