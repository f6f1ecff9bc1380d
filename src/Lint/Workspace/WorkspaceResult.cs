namespace HealthLint;

/// <summary>What a <see cref="LintWorkspace"/> found: a result per linted file and an error per file or path it could not lint.</summary>
public sealed class WorkspaceResult
{
    internal WorkspaceResult(IReadOnlyList<LintedFile> files, IReadOnlyList<FileError> errors, IReadOnlyList<RuleDescriptor> rules)
    {
        Files = files;
        Errors = errors;
        Rules = rules;
    }

    /// <summary>
    /// The rules the files were linted with, sorted by id: those of every configuration used, rule packs included, and
    /// without the rules they turn off everywhere.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The linted files, sorted by <see cref="LintedFile.Path"/> (ordinal).</summary>
    public IReadOnlyList<LintedFile> Files { get; }

    /// <summary>The files and inputs that could not be linted, sorted by path (ordinal).</summary>
    public IReadOnlyList<FileError> Errors { get; }
}
