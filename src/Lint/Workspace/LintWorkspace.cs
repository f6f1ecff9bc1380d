using HealthLint.Workspace;

namespace HealthLint;

/// <summary>
/// Lints files and folders with a <see cref="Linter"/>, several files at once. It finds the articles, reads each
/// file strictly as UTF-8 or UTF-16, and collects one result per file and one error per file or input it could not
/// lint, so that one bad file never stops the others. It prints nothing; the order of its results does not depend
/// on how many files were linted at once.
/// </summary>
public sealed class LintWorkspace
{
    /// <summary>Creates a workspace.</summary>
    /// <param name="linter">The linter each file is linted with.</param>
    /// <param name="options">Where to look and how to read; the defaults when omitted.</param>
    public LintWorkspace(Linter linter, WorkspaceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(linter);
        Linter = linter;
        Options = options ?? new WorkspaceOptions();
    }

    /// <summary>The linter each file is linted with.</summary>
    public Linter Linter { get; }

    /// <summary>Where the workspace looks and how it reads.</summary>
    public WorkspaceOptions Options { get; }

    /// <summary>Lints the articles that <paramref name="paths"/> name.</summary>
    /// <param name="paths">
    /// Files, folders (searched below, for <see cref="DocumentFormats.Extensions"/>) and globs such as
    /// <c>docs/**/*.md</c>, relative to <see cref="WorkspaceOptions.BaseDirectory"/> or absolute. None means the
    /// base directory itself.
    /// </param>
    /// <param name="cancellationToken">Stops the work between files.</param>
    /// <returns>The results and errors, each sorted by path.</returns>
    public WorkspaceResult Lint(IEnumerable<string>? paths = null, CancellationToken cancellationToken = default)
    {
        var finder = new FileFinder(Options);
        var inputs = paths?.ToList() ?? [];
        foreach (var input in inputs.Count == 0 ? ["."] : inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            finder.Add(input);
        }

        var files = finder.SortedFiles();
        var results = new LintedFile?[files.Count];
        var failures = new FileError?[files.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, Options.MaxDegreeOfParallelism),
            CancellationToken = cancellationToken,
        };

        // Each slot is written by one iteration only, so the results come out in file order however they are scheduled.
        Parallel.For(0, files.Count, parallel, i => (results[i], failures[i]) = LintFile(files[i]));

        var errors = finder.Errors
            .Concat(failures.OfType<FileError>())
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToArray();
        return new WorkspaceResult(results.OfType<LintedFile>().ToArray(), errors);
    }

    /// <summary>Reads, decodes and lints one file; its text is dropped as soon as it is linted.</summary>
    private (LintedFile? Result, FileError? Error) LintFile(SourceFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            return (null, new FileError(file.Path, FileErrorKind.Unreadable, IoErrors.Describe(exception)));
        }

        if (!SourceDecoder.TryDecode(bytes, out var text, out var decodeError))
        {
            return (null, new FileError(file.Path, FileErrorKind.InvalidEncoding, decodeError));
        }

        try
        {
            return (new LintedFile(file.Path, file.FullPath, Linter.Lint(text, file.Format, file.Path)), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect in a reader or rule must cost one file, not the whole run.
            return (null, new FileError(file.Path, FileErrorKind.LintFailed, $"the linter failed on this file: {exception.GetType().Name}: {exception.Message}"));
        }
    }
}
