using HealthLint.Workspace;

namespace HealthLint;

/// <summary>The result of linting one file.</summary>
public sealed class LintedFile
{
    /// <summary>Creates a file result.</summary>
    /// <param name="path">The path relative to the base directory, with forward slashes.</param>
    /// <param name="fullPath">The absolute path of the file.</param>
    /// <param name="result">What the linter found in it.</param>
    public LintedFile(string path, string fullPath, LintResult result)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        ArgumentNullException.ThrowIfNull(result);
        Path = path;
        FullPath = fullPath;
        Result = result;
    }

    /// <summary>The path relative to the base directory, with forward slashes; it starts with <c>../</c> for a file outside it.</summary>
    public string Path { get; }

    /// <summary>The absolute path of the file.</summary>
    public string FullPath { get; }

    /// <summary>What the linter found in the file.</summary>
    public LintResult Result { get; }

    /// <summary>The findings, sorted by position.</summary>
    public IReadOnlyList<Finding> Findings => Result.Findings;

    /// <summary>Whether the file lies outside the base directory, so that its relative path climbs out of it.</summary>
    public bool IsOutsideBaseDirectory => WorkspacePaths.IsOutside(Path);

    /// <inheritdoc />
    public override string ToString() => Path;
}
