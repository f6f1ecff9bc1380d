namespace HealthLint.Reporting;

/// <summary>
/// SARIF artifact URIs: a path inside the base directory becomes a relative reference (forward slashes, each
/// segment percent-encoded, no leading slash); any other path an absolute <c>file:</c> URI.
/// </summary>
internal static class ArtifactUris
{
    public static string Relative(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    public static string Absolute(string fullPath, bool directory = false)
    {
        var path = fullPath.Replace('\\', '/');
        var segments = path.Split('/');
        var escaped = segments.Select((segment, i) => i == 0 && IsDriveLetter(segment) ? segment : Uri.EscapeDataString(segment));
        var joined = string.Join('/', escaped);
        var uri = "file://" + (joined.StartsWith('/') ? joined : "/" + joined);
        return directory && !uri.EndsWith('/') ? uri + "/" : uri;
    }

    private static bool IsDriveLetter(string segment) => segment.Length == 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':';
}
