namespace HealthLint.Tests.Support;

/// <summary>A fact that reads the shared folder beside the repository; skipped when that folder is missing.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <see cref="SharedFolder.Path"/> is missing.</summary>
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = "The shared folder is not beside this clone (../shared next to the folder holding Lint.sln).";
        }
    }
}
