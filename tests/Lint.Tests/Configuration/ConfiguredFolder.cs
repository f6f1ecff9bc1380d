using HealthLint.Tests.Support;

namespace HealthLint.Tests.Configuration;

/// <summary>
/// A temporary folder of articles and configuration files, linted as the command line lints it: each file with the
/// nearest <c>.healthlint.yaml</c>, or with the one file given. Findings are summarised as "path rule severity".
/// </summary>
internal sealed class ConfiguredFolder : IDisposable
{
    /// <summary>An article that breaks all three built-in rules: no disclaimer (HL001, line 1), a guarantee (HL002) and an unsourced claim (HL003) on line 3.</summary>
    public const string BreaksEveryRule = "# Vitamin C\n\nVitamin C is guaranteed to cure colds.\n";

    /// <summary>An article with a generic disclaimer and nothing else to report.</summary>
    public const string GenericDisclaimer = "# Knee pain\n\nKnee pain has many causes.\n\nThis article is general information and is not a substitute for professional medical advice, diagnosis or treatment.\n";

    private readonly TemporaryDirectory _folder = new();

    public string Path => _folder.Path;

    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public string Combine(string relativePath) => _folder.Combine(relativePath);

    public WorkspaceResult Lint(string? configurationFile = null, params string[] paths) =>
        new LintWorkspace(new Linter(), new WorkspaceOptions
        {
            BaseDirectory = Path,
            FindConfigurationFiles = true,
            ConfigurationFile = configurationFile,
        }).Lint(paths.Length == 0 ? null : paths);

    /// <summary>Every finding as "path rule severity", in report order.</summary>
    public IReadOnlyList<string> Findings(string? configurationFile = null, params string[] paths) =>
        Summarise(Lint(configurationFile, paths));

    public static IReadOnlyList<string> Summarise(WorkspaceResult result) =>
        result.Files
            .SelectMany(file => file.Findings.Select(f => $"{file.Path} {f.RuleId} {f.Severity.ToString().ToLowerInvariant()}"))
            .ToArray();

    /// <summary>Loads a configuration file of the folder and expects it to fail.</summary>
    public ConfigurationException LoadError(string relativePath) =>
        Assert.ThrowsAny<ConfigurationException>(() => LintConfiguration.Load(Combine(relativePath)));

    public void Dispose() => _folder.Dispose();
}
