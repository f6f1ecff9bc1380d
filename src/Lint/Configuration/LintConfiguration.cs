using System.Collections.Concurrent;
using HealthLint.Configuration;
using HealthLint.Rules;

namespace HealthLint;

/// <summary>
/// A loaded <c>.healthlint.yaml</c>: rule severities and options, overrides for groups of files, which files are
/// linted, the files it extends (merged in) and the rule packs it loads. Loading checks everything, so a
/// configuration that loads is one every file can be linted with; <see cref="LinterFor"/> gives the linter for a
/// file, built once per distinct set of settings.
/// </summary>
/// <remarks>
/// Precedence, from weakest to strongest: the rule files' defaults; the <c>rules:</c> of extended files, in the order
/// listed; this file's <c>rules:</c>; then each override whose globs match the file, in order. Only the nearest
/// configuration applies to a file: a configuration in a parent folder is merged only when extended.
/// </remarks>
public sealed class LintConfiguration
{
    /// <summary>The name looked for in each folder.</summary>
    public const string FileName = ".healthlint.yaml";

    /// <summary>The other name accepted.</summary>
    public const string AlternateFileName = ".healthlint.yml";

    private readonly ConfigurationLayer _layer;
    private readonly RuleCatalog _catalog;
    private readonly ConcurrentDictionary<string, Lazy<Linter>> _linters = new(StringComparer.Ordinal);

    private readonly LinterOptions _baseOptions;

    private LintConfiguration(string path, ConfigurationLayer layer, RuleCatalog catalog, LinterOptions baseOptions)
    {
        Path = path;
        _layer = layer;
        _catalog = catalog;
        _baseOptions = baseOptions;
    }

    /// <summary>The absolute path of the configuration file.</summary>
    public string Path { get; }

    /// <summary>The folder of the configuration file: globs are relative to it (those of an extended file, to that file's folder).</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The files read to make this configuration, each once: the extended ones first, in merge order, this one last.</summary>
    public IReadOnlyList<string> Sources => _layer.Sources;

    /// <summary>The rule settings of <c>rules:</c>, extended files' merged in, by rule id.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules => _layer.Rules;

    /// <summary>The overrides, in the order they apply: those of extended files first.</summary>
    public IReadOnlyList<ConfigurationOverride> Overrides => _layer.Overrides;

    /// <summary>The <c>include:</c> globs; when there are none, every file found is linted.</summary>
    public IReadOnlyList<string> Include => _layer.Include?.Patterns ?? [];

    /// <summary>The <c>exclude:</c> globs; a file they match is not linted, even when <see cref="Include"/> matches it.</summary>
    public IReadOnlyList<string> Exclude => _layer.Exclude?.Patterns ?? [];

    /// <summary>The absolute paths of the rule pack folders loaded on top of the built-in pack.</summary>
    public IReadOnlyList<string> RulePacks => _layer.RulePacks.Select(p => p.Folder).ToArray();

    /// <summary>Loads a configuration file and everything it names, on top of the built-in rule pack.</summary>
    /// <param name="path">The configuration file, absolute or relative to the current directory.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">
    /// The file, a file it extends or a rule pack is missing or wrong: the exception names the file, line and column.
    /// </exception>
    public static LintConfiguration Load(string path) => Load(path, RuleSet.BuiltIn, LinterOptions.Default);

    /// <summary>Finds the configuration file that applies to files in <paramref name="folder"/>: the nearest one in it or above it.</summary>
    /// <param name="folder">The folder to start from, absolute or relative to the current directory.</param>
    /// <returns>The absolute path of the file, or <see langword="null"/> when there is none up to the file system's root.</returns>
    /// <exception cref="ConfigurationException">A folder holds both <see cref="FileName"/> and <see cref="AlternateFileName"/>.</exception>
    public static string? Find(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        for (var current = new DirectoryInfo(System.IO.Path.GetFullPath(folder)); current is not null; current = current.Parent)
        {
            if (FindIn(current.FullName) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether a file is linted under this configuration: it matches <see cref="Include"/> (when given) and not <see cref="Exclude"/>.</summary>
    /// <param name="filePath">The file's path, absolute or relative to the current directory.</param>
    /// <returns>Whether to lint it.</returns>
    public bool Includes(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        var fullPath = System.IO.Path.GetFullPath(filePath);
        return _layer.Include?.Matches(fullPath) != false && _layer.Exclude?.Matches(fullPath) != true;
    }

    /// <summary>
    /// The linter for a file: the built-in rules and those of the rule packs, with the severities, <c>off</c> and
    /// options of <c>rules:</c> and of every override matching the file, in order. Linters are built once per
    /// distinct set of matching overrides and shared; each is thread-safe.
    /// </summary>
    /// <param name="filePath">The file's path, absolute or relative to the current directory; <see langword="null"/> for the settings of <c>rules:</c> alone.</param>
    /// <returns>The linter.</returns>
    /// <exception cref="ConfigurationException">The options of several matching overrides do not fit together.</exception>
    public Linter LinterFor(string? filePath)
    {
        var matching = new List<int>();
        if (filePath is not null)
        {
            for (var i = 0; i < _layer.Overrides.Count; i++)
            {
                if (_layer.Overrides[i].Matches(filePath))
                {
                    matching.Add(i);
                }
            }
        }

        var key = string.Join(',', matching);
        var linter = _linters.GetOrAdd(key, _ => new Lazy<Linter>(() => Build(matching)));
        try
        {
            return linter.Value;
        }
        catch (ConfigurationException)
        {
            _linters.TryRemove(key, out _);
            throw;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Path;

    /// <summary>Loads a configuration on top of <paramref name="pack"/> instead of the built-in rule pack.</summary>
    internal static LintConfiguration Load(string path, RuleSet pack, LinterOptions baseOptions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var layer = ConfigurationReader.Read(fullPath);
        var catalog = RuleCatalog.Create(pack, layer.RulePacks);
        catalog.Check(layer.Rules, null, layer.Sources);
        foreach (var entry in layer.Overrides)
        {
            catalog.Check(entry.Rules, layer.Rules, layer.Sources);
        }

        return new LintConfiguration(fullPath, layer, catalog, baseOptions);
    }

    /// <summary>The configuration file in <paramref name="folder"/> itself, if any.</summary>
    internal static string? FindIn(string folder)
    {
        var yaml = System.IO.Path.Combine(folder, FileName);
        var yml = System.IO.Path.Combine(folder, AlternateFileName);
        var hasYaml = File.Exists(yaml);
        var hasYml = File.Exists(yml);
        if (hasYaml && hasYml)
        {
            throw new ConfigurationException(yml, 0, 0, $"{FileName} is in the same folder; keep one of the two");
        }

        return hasYaml ? yaml : hasYml ? yml : null;
    }

    private Linter Build(IReadOnlyList<int> overrides)
    {
        try
        {
            return _catalog.Build([_layer.Rules, .. overrides.Select(i => _layer.Overrides[i].Rules)], _baseOptions);
        }
        catch (RuleFileException e) when (Sources.Contains(e.File, StringComparer.Ordinal))
        {
            throw new ConfigurationException(e.File, e.Line, e.Column, e.Problem);
        }
    }
}
