using System.Reflection;

namespace HealthLint;

/// <summary>The tool a report names as its producer.</summary>
public sealed class ToolInfo
{
    /// <summary>Creates a tool description.</summary>
    /// <param name="name">The tool's name, such as <c>HealthLint</c>.</param>
    /// <param name="version">Its version, preferably a semantic version.</param>
    /// <param name="informationUri">Where people learn about it.</param>
    public ToolInfo(string name, string version, Uri informationUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(informationUri);
        Name = name;
        Version = version;
        InformationUri = informationUri;
    }

    /// <summary>This library: name <c>HealthLint</c>, the library's version, the project's home page.</summary>
    public static ToolInfo HealthLint { get; } = new("HealthLint", LibraryVersion(), new Uri("https://github.com/healthlint/healthlint"));

    /// <summary>The tool's name.</summary>
    public string Name { get; }

    /// <summary>The tool's version.</summary>
    public string Version { get; }

    /// <summary>Where people learn about the tool.</summary>
    public Uri InformationUri { get; }

    /// <summary>
    /// The library's informational version without source-control metadata after a <c>+</c>, so that reports
    /// for the same input are the same bytes whichever commit built the tool.
    /// </summary>
    private static string LibraryVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
