using HealthLint.Rules.Patterns;
using HealthLint.Workspace;

namespace HealthLint;

/// <summary>
/// Lints files and folders with a <see cref="Linter"/>, several files at once. It finds the articles, reads each
/// file strictly as UTF-8 or UTF-16, and collects one result per file and one error per file or input it could not
/// lint, so that one bad file never stops the others. It prints nothing; the order of its results does not depend
/// on how many files were linted at once. With <see cref="WorkspaceOptions.FindConfigurationFiles"/> or
/// <see cref="WorkspaceOptions.ConfigurationFile"/>, each file is linted as its configuration says, starting from the
/// rules of the workspace's linter.
/// </summary>
public sealed class LintWorkspace
{
    /// <summary>Creates a workspace.</summary>
    /// <param name="linter">
    /// The linter each file without a configuration is linted with; a configuration starts from its rules (the
    /// built-in pack for <c>new Linter()</c>).
    /// </param>
    /// <param name="options">Where to look and how to read; the defaults when omitted.</param>
    public LintWorkspace(Linter linter, WorkspaceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(linter);
        Linter = linter;
        Options = options ?? new WorkspaceOptions();
    }

    /// <summary>The linter each file without a configuration is linted with.</summary>
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
    /// <exception cref="ConfigurationException">
    /// A configuration could not be loaded; it is thrown before any file is linted.
    /// </exception>
    public WorkspaceResult Lint(IEnumerable<string>? paths = null, CancellationToken cancellationToken = default)
    {
        using var stream = Stream(paths, cancellationToken);
        var files = stream.Files.ToArray();
        return new WorkspaceResult(files, stream.Errors, stream.Rules);
    }

    /// <summary>
    /// Finds the articles that <paramref name="paths"/> name and loads their configurations, ready to lint them one
    /// after another as the stream's <see cref="WorkspaceStream.Files"/> are read: each result is handed on in path
    /// order and kept by no one, so that memory does not grow with the number of files.
    /// </summary>
    /// <param name="paths">As for <see cref="Lint"/>.</param>
    /// <param name="cancellationToken">Stops the work between files.</param>
    /// <returns>The stream; dispose it to stop the work if its files are not read to the end.</returns>
    /// <exception cref="ConfigurationException">
    /// A configuration could not be loaded; it is thrown before any file is linted.
    /// </exception>
    public WorkspaceStream Stream(IEnumerable<string>? paths = null, CancellationToken cancellationToken = default)
    {
        var finder = new FileFinder(Options);
        var inputs = paths?.ToList() ?? [];
        foreach (var input in inputs.Count == 0 ? ["."] : inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            finder.Add(input);
        }

        // Every configuration is loaded and every linter built before the first file is linted, so that a
        // configuration error stops the run with nothing linted.
        var lookup = new ConfigurationLookup(Options, Linter);
        var files = new List<(SourceFile File, Linter Linter)>();
        foreach (var file in finder.SortedFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var configuration = lookup.ForFile(file.FullPath);
            if (configuration is null)
            {
                files.Add((file, Linter));
            }
            else if (configuration.Includes(file.FullPath))
            {
                files.Add((file, configuration.LinterFor(file.FullPath)));
            }
        }

        var linters = files.Count > 0
            ? files.Select(f => f.Linter).Distinct()
            : [lookup.ForFolder(Path.GetFullPath(Options.BaseDirectory))?.LinterFor(null) ?? Linter];
        var rules = linters
            .SelectMany(l => l.Rules)
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();

        var timeout = Options.UnsizedFileTimeout;
        // One for the whole run: a rule that keeps running out of time is stopped for every configuration's files.
        var runBudget = new PatternRunBudget();
        return new WorkspaceStream(
            files.Count,
            i => LintFile(files[i].File, files[i].Linter, timeout, runBudget),
            finder.Errors,
            rules,
            Math.Max(1, Options.MaxDegreeOfParallelism),
            cancellationToken);
    }

    /// <summary>
    /// The linter for the files of a folder that no override names: that of the folder's configuration with the
    /// settings of its <c>rules:</c>, or <see cref="Linter"/> when no configuration applies.
    /// </summary>
    /// <param name="folder">The folder, absolute or relative to <see cref="WorkspaceOptions.BaseDirectory"/>; the base directory when omitted.</param>
    /// <returns>The linter.</returns>
    /// <exception cref="ConfigurationException">The configuration could not be loaded.</exception>
    public Linter LinterForFolder(string? folder = null)
    {
        var baseDirectory = Path.GetFullPath(Options.BaseDirectory);
        var fullPath = folder is null ? baseDirectory : Path.GetFullPath(folder, baseDirectory);
        return new ConfigurationLookup(Options, Linter).ForFolder(fullPath)?.LinterFor(null) ?? Linter;
    }

    /// <summary>Reads, decodes and lints one file; its text is dropped as soon as it is linted.</summary>
    private static (LintedFile? Result, FileError? Error) LintFile(SourceFile file, Linter linter, TimeSpan unsizedTimeout, PatternRunBudget runBudget)
    {
        byte[] bytes;
        try
        {
            bytes = SourceFileReader.Read(file.FullPath, unsizedTimeout, out var problem);
            if (problem is not null)
            {
                return (null, new FileError(file.Path, FileErrorKind.Unreadable, problem));
            }
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            return (null, new FileError(file.Path, FileErrorKind.Unreadable, IoErrors.DescribeFile(exception, file.FullPath)));
        }

        if (!SourceDecoder.TryDecode(bytes, out var text, out var decodeError))
        {
            return (null, new FileError(file.Path, FileErrorKind.InvalidEncoding, decodeError));
        }

        try
        {
            return (new LintedFile(file.Path, file.FullPath, linter.Lint(text, file.Format, file.Path, runBudget)), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect in a reader or rule must cost one file, not the whole run.
            return (null, new FileError(file.Path, FileErrorKind.LintFailed, $"the linter failed on this file: {exception.GetType().Name}: {exception.Message}"));
        }
    }
}
