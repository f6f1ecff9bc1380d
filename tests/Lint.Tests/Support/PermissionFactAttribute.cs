namespace HealthLint.Tests.Support;

/// <summary>
/// A fact that needs file permissions to stop reads: skipped on Windows and where a mode-000 file can still be read
/// (running as root).
/// </summary>
public sealed class PermissionFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> PermissionsBlockReads = new(Probe);

    /// <summary>Skips the test when a mode-000 file can still be read.</summary>
    public PermissionFactAttribute()
    {
        if (!PermissionsBlockReads.Value)
        {
            Skip = "File permissions do not stop reads here (Windows, or running as root); run as root, .ci/run checks them with the native command as an unprivileged user.";
        }
    }

    private static bool Probe()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        using var folder = new TemporaryDirectory();
        var file = folder.Write("probe.md", "probe");
        File.SetUnixFileMode(file, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(file);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
