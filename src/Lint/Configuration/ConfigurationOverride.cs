using HealthLint.Configuration;

namespace HealthLint;

/// <summary>
/// One entry of <c>overrides:</c>: rule settings for the files matching <see cref="Files"/> and none of
/// <see cref="ExcludeFiles"/>. Overrides apply in order on top of the configuration's <c>rules:</c>; a later one wins.
/// </summary>
public sealed class ConfigurationOverride
{
    private readonly GlobList _files;
    private readonly GlobList? _excludeFiles;

    internal ConfigurationOverride(GlobList files, GlobList? excludeFiles, IReadOnlyDictionary<string, RuleSetting> rules)
    {
        _files = files;
        _excludeFiles = excludeFiles;
        Rules = rules;
    }

    /// <summary>Globs of the files the override applies to.</summary>
    public IReadOnlyList<string> Files => _files.Patterns;

    /// <summary>Globs of files it does not apply to, even when they match <see cref="Files"/>.</summary>
    public IReadOnlyList<string> ExcludeFiles => _excludeFiles?.Patterns ?? [];

    /// <summary>The absolute folder the globs are relative to: that of the file that wrote the override.</summary>
    public string Directory => _files.Directory;

    /// <summary>The rule settings, by rule id.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; }

    /// <summary>Whether the override applies to a file.</summary>
    /// <param name="filePath">The file's path, absolute or relative to the current directory.</param>
    /// <returns>Whether its path below <see cref="Directory"/> matches <see cref="Files"/> and not <see cref="ExcludeFiles"/>.</returns>
    public bool Matches(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        var fullPath = System.IO.Path.GetFullPath(filePath);
        return _files.Matches(fullPath) && _excludeFiles?.Matches(fullPath) != true;
    }
}
