namespace HealthLint;

/// <summary>A file, folder or glob that could not be linted, and why.</summary>
public sealed class FileError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The path relative to the base directory with forward slashes, or the input as given.</param>
    /// <param name="kind">Why it failed.</param>
    /// <param name="message">What went wrong, for people; it does not repeat the path.</param>
    public FileError(string path, FileErrorKind kind, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;
        Kind = kind;
        Message = message;
    }

    /// <summary>The path relative to the base directory with forward slashes, or the input as given.</summary>
    public string Path { get; }

    /// <summary>Why it failed.</summary>
    public FileErrorKind Kind { get; }

    /// <summary>What went wrong, for people; it does not repeat the path.</summary>
    public string Message { get; }

    /// <summary>Whether <see cref="Path"/> names an existing file or folder, rather than an input that matched nothing.</summary>
    public bool IsLocation => Kind != FileErrorKind.NotFound;

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";

    /// <summary>The order reports list errors in: by path, then message (ordinal).</summary>
    internal static FileError[] InReportOrder(IEnumerable<FileError> errors) =>
        errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToArray();
}
