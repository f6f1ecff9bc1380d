namespace HealthLint;

/// <summary>Maps file names to the <see cref="DocumentFormat"/> they are read as.</summary>
public static class DocumentFormats
{
    private static readonly Dictionary<string, DocumentFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = DocumentFormat.Markdown,
        [".markdown"] = DocumentFormat.Markdown,
        [".html"] = DocumentFormat.Html,
        [".htm"] = DocumentFormat.Html,
    };

    /// <summary>The file extensions HealthLint reads, each with its leading dot.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    /// <summary>Finds the format of a file from its extension.</summary>
    /// <param name="path">A file name or path.</param>
    /// <param name="format">The format, when the extension is known.</param>
    /// <returns><see langword="true"/> when the extension is one HealthLint reads.</returns>
    public static bool TryFromPath(string path, out DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ByExtension.TryGetValue(Path.GetExtension(path), out format);
    }

    /// <summary>Parses a format name as given on a command line: <c>markdown</c>, <c>md</c>, <c>html</c> or <c>htm</c>.</summary>
    /// <param name="name">The name, in any case.</param>
    /// <param name="format">The format, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string name, out DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByExtension.TryGetValue("." + name.Trim().TrimStart('.'), out format);
    }
}
