namespace HealthLint;

/// <summary>Why a path given to a <see cref="LintWorkspace"/> produced no result.</summary>
public enum FileErrorKind
{
    /// <summary>The path does not exist, or the folder or glob matched no article.</summary>
    NotFound,

    /// <summary>The file or folder could not be read: permissions, a file that vanished, a symbolic link loop.</summary>
    Unreadable,

    /// <summary>The file is not valid UTF-8, nor UTF-16 with a byte order mark.</summary>
    InvalidEncoding,

    /// <summary>The file was named directly but its extension is not one HealthLint reads, and no format was forced.</summary>
    UnknownFormat,

    /// <summary>The linter failed on the file's text.</summary>
    LintFailed,
}
