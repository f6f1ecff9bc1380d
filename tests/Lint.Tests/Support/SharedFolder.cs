namespace HealthLint.Tests.Support;

/// <summary>The shared folder beside the repository (<c>../shared</c>) with the labelled corpus and the SARIF tools.</summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        if (RepositoryRoot.Path is not { } root)
        {
            return null;
        }

        var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    });

    /// <summary>The absolute path of the shared folder, or <see langword="null"/> when it is missing.</summary>
    public static string? Path => Found.Value;
}
