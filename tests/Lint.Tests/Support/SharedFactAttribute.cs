namespace HealthLint.Tests.Support;

/// <summary>A fact that needs the shared folder beside the repository; skipped when it is missing.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <see cref="SharedFolder.Path"/> is missing.</summary>
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = "The shared folder (../shared beside the repository root) is missing.";
        }
    }
}
