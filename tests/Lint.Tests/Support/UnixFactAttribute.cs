namespace HealthLint.Tests.Support;

/// <summary>A fact that needs Unix file system entries such as sockets; skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix sockets in the file system behave otherwise on Windows.";
        }
    }
}
