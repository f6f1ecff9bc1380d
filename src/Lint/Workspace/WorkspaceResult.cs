namespace HealthLint;

/// <summary>What a <see cref="LintWorkspace"/> found: a result per linted file and an error per file or path it could not lint.</summary>
public sealed class WorkspaceResult
{
    internal WorkspaceResult(IReadOnlyList<LintedFile> files, IReadOnlyList<FileError> errors)
    {
        Files = files;
        Errors = errors;
    }

    /// <summary>The linted files, sorted by <see cref="LintedFile.Path"/> (ordinal).</summary>
    public IReadOnlyList<LintedFile> Files { get; }

    /// <summary>The files and inputs that could not be linted, sorted by path (ordinal).</summary>
    public IReadOnlyList<FileError> Errors { get; }
}
