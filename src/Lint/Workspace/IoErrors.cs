using System.Security;

namespace HealthLint.Workspace;

/// <summary>Short, path-free descriptions of file system failures, for messages that name the path themselves.</summary>
internal static class IoErrors
{
    public static bool IsFileSystemError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or SecurityException;

    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException or SecurityException => "cannot be read: permission denied",
        FileNotFoundException or DirectoryNotFoundException => "cannot be read: it no longer exists",
        PathTooLongException => "cannot be read: the path is too long",
        _ => "cannot be read: " + WithoutPath(exception.Message).TrimEnd('.'),
    };

    /// <summary>
    /// <see cref="Describe"/> for a path that was found as a file. Opening a folder fails as access denied, which
    /// would wrongly blame permissions when the file was replaced by a folder after it was found.
    /// </summary>
    public static string DescribeFile(Exception exception, string fullPath) =>
        exception is UnauthorizedAccessException && Directory.Exists(fullPath)
            ? "cannot be read: it is a folder, not a file"
            : Describe(exception);

    /// <summary>
    /// The message without the <c> : 'path'</c> that .NET appends to the operating system's own message, such as
    /// "Too many levels of symbolic links", since the error names the path itself, relative to the base directory.
    /// </summary>
    private static string WithoutPath(string message)
    {
        var at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('\'') ? message[..at] : message;
    }
}
