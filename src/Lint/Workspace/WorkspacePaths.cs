namespace HealthLint.Workspace;

/// <summary>Report paths: relative to the base directory, with forward slashes on every platform.</summary>
internal static class WorkspacePaths
{
    public static string Relative(string baseDirectory, string fullPath) =>
        ToForwardSlashes(Path.GetRelativePath(baseDirectory, fullPath));

    public static string ToForwardSlashes(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>Whether a relative report path leaves the base directory (or could not be made relative at all).</summary>
    public static bool IsOutside(string relativePath) =>
        relativePath == ".."
        || relativePath.StartsWith("../", StringComparison.Ordinal)
        || Path.IsPathRooted(relativePath);
}
