namespace HealthLint.Tests.Support;

/// <summary>The shared folder beside the repository (<c>../shared</c>): the labelled corpus and the robustness inputs.</summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Found = new(Locate);

    /// <summary>The absolute path of the shared folder, or <see langword="null"/> when it is not beside this clone.</summary>
    public static string? Path => Found.Value;

    /// <summary>The path of a folder inside the shared folder, or <see langword="null"/> when it is missing.</summary>
    public static string? Folder(params string[] parts)
    {
        if (Path is not { } root)
        {
            return null;
        }

        var folder = System.IO.Path.Combine([root, .. parts]);
        return Directory.Exists(folder) ? folder : null;
    }

    private static string? Locate()
    {
        // The repository root is the folder holding Lint.sln, found by walking up from the test assembly.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Lint.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
