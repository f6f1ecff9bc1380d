namespace HealthLint.Tests.Support;

/// <summary>The folder holding Lint.sln, found by walking up from the test assembly.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Lint.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    });

    /// <summary>The repository root, or <see langword="null"/> when the tests run outside a checkout.</summary>
    public static string? Path => Found.Value;
}
