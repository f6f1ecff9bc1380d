namespace HealthLint;

/// <summary>Where a <see cref="LintWorkspace"/> looks for articles and how it reads them.</summary>
public sealed class WorkspaceOptions
{
    /// <summary>The folder names skipped when a folder is searched: <c>.git</c>, <c>node_modules</c>, <c>bin</c> and <c>obj</c>.</summary>
    public static IReadOnlyCollection<string> DefaultIgnoredDirectories { get; } = [".git", "node_modules", "bin", "obj"];

    /// <summary>
    /// The folder relative input paths are resolved against and report paths are relative to. Defaults to the
    /// current directory at the time the options are created.
    /// </summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// Reads every file in this format instead of choosing by extension. Files named directly or matched by a glob
    /// are then linted whatever their extension; folders are still searched for the known extensions only.
    /// </summary>
    public DocumentFormat? ForcedFormat { get; init; }

    /// <summary>Folder names (compared exactly) that are not entered when a folder or glob is searched.</summary>
    public IReadOnlyCollection<string> IgnoredDirectories { get; init; } = DefaultIgnoredDirectories;

    /// <summary>
    /// Whether each file is linted with the configuration of the nearest <c>.healthlint.yaml</c> (or
    /// <c>.healthlint.yml</c>) in its folder or a folder above it, up to the file system's root; a file with none is
    /// linted with the workspace's linter. Off by default.
    /// </summary>
    public bool FindConfigurationFiles { get; init; }

    /// <summary>
    /// A configuration file every file is linted with, absolute or relative to <see cref="BaseDirectory"/>. When set,
    /// no configuration files are looked for.
    /// </summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>
    /// How long a file that reports no length (an empty file, or a named pipe or device) may take to be read before
    /// it is reported as unreadable. Defaults to 5 seconds.
    /// </summary>
    public TimeSpan UnsizedFileTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many files are read and linted at once; at least 1. Defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
