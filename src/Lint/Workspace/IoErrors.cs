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
        _ => "cannot be read: " + exception.Message.TrimEnd('.'),
    };
}
