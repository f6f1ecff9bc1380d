namespace HealthLint.Tests.Support;

/// <summary>
/// Finds the project's shared folder, which lies beside the clone: the folder holding Lint.sln is found by walking
/// up from the test assembly, and <c>../shared</c> from there.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or <see langword="null"/> when it is not beside this clone.</summary>
    public static string? Path => Root.Value;

    /// <summary>The robustness inputs (<c>shared/robustness</c>), or <see langword="null"/> when absent.</summary>
    public static string? Robustness => Subfolder("robustness");

    /// <summary>A folder inside the shared folder, or <see langword="null"/> when it does not exist.</summary>
    public static string? Subfolder(string name)
    {
        if (Path is null)
        {
            return null;
        }

        var folder = System.IO.Path.Combine(Path, name);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>A folder at a path inside the shared folder, or <see langword="null"/> when it does not exist.</summary>
    public static string? Folder(params string[] parts)
    {
        if (Path is not { } root)
        {
            return null;
        }

        var folder = System.IO.Path.Combine([root, .. parts]);
        return Directory.Exists(folder) ? folder : null;
    }

    private static string? Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Lint.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            return null;
        }

        var shared = System.IO.Path.Combine(directory.Parent.FullName, "shared");
        return Directory.Exists(shared) ? shared : null;
    }
}
