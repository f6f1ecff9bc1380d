namespace HealthLint.Workspace;

/// <summary>
/// Picks each file's configuration for a workspace run: the one file given for every file, or the nearest
/// <c>.healthlint.yaml</c> (or <c>.yml</c>) in the file's folder or above it. Each folder is looked at and each
/// configuration loaded once per run.
/// </summary>
internal sealed class ConfigurationLookup
{
    private readonly Linter _linter;
    private readonly string? _fixedFile;
    private readonly bool _find;
    private readonly Dictionary<string, string?> _fileByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LintConfiguration> _loaded = new(StringComparer.Ordinal);

    /// <param name="options">Whether to look for configuration files, or the one file to use.</param>
    /// <param name="linter">The linter a configuration starts from: its rules, those it turns off included, and its options.</param>
    public ConfigurationLookup(WorkspaceOptions options, Linter linter)
    {
        _linter = linter;
        _fixedFile = options.ConfigurationFile is { } file ? Path.GetFullPath(file, Path.GetFullPath(options.BaseDirectory)) : null;
        _find = options.FindConfigurationFiles;
    }

    /// <summary>The configuration of a file, or null when none applies.</summary>
    public LintConfiguration? ForFile(string fullPath) => ForFolder(Path.GetDirectoryName(fullPath)!);

    /// <summary>The configuration of the files in a folder, or null when none applies.</summary>
    public LintConfiguration? ForFolder(string fullPath)
    {
        if (_fixedFile is not null)
        {
            return Load(_fixedFile);
        }

        return _find && Nearest(fullPath) is { } file ? Load(file) : null;
    }

    private string? Nearest(string folder)
    {
        var visited = new List<string>();
        string? found = null;
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (_fileByFolder.TryGetValue(current.FullName, out found))
            {
                break;
            }

            visited.Add(current.FullName);
            found = LintConfiguration.FindIn(current.FullName);
            if (found is not null)
            {
                break;
            }
        }

        foreach (var path in visited)
        {
            _fileByFolder[path] = found;
        }

        return found;
    }

    private LintConfiguration Load(string file)
    {
        if (!_loaded.TryGetValue(file, out var configuration))
        {
            configuration = LintConfiguration.Load(file, _linter.Pack, _linter.Options);
            _loaded[file] = configuration;
        }

        return configuration;
    }
}
