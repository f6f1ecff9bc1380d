using System.Text;

namespace HealthLint.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "healthlint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes UTF-8 text (no byte order mark) to a path relative to the folder, creating folders on the way.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CreateDirectory(string relativePath) => Directory.CreateDirectory(Combine(relativePath)).FullName;

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>
    /// Makes a Unix socket at a path relative to the folder: an entry that a folder listing shows but that nobody,
    /// root included, can open as a file. Dispose of the socket once done.
    /// </summary>
    public System.Net.Sockets.Socket BindSocket(string relativePath)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        // A socket's path may be only about a hundred bytes long (104 on macOS, whose temporary folder is long): a
        // longer one is bound in /tmp and moved into place.
        var bound = Encoding.UTF8.GetByteCount(path) < 100 ? path : System.IO.Path.Combine("/tmp", "hl-" + Guid.NewGuid().ToString("N")[..12]);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(bound));
        if (bound != path)
        {
            File.Move(bound, path);
        }

        return socket;
    }

    /// <summary>Takes every permission away from a file or folder (Unix only; see <see cref="PermissionFactAttribute"/>).</summary>
    public static void RemovePermissions(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Unix file modes are not supported on Windows.");
        }

        File.SetUnixFileMode(path, UnixFileMode.None);
    }

    public void Dispose()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        // Undo permission tests so that the folder can be removed.
        if (!OperatingSystem.IsWindows())
        {
            foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }))
            {
                if (entry.LinkTarget is null)
                {
                    try
                    {
                        entry.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }
            }
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
