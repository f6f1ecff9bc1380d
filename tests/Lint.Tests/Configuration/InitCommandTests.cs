using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Configuration;

/// <summary><c>healthlint init</c>: a commented starter configuration that loads as it is, and never over an existing one unless forced.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliOutcome Run(params string[] args) => CliRunner.Run(_folder.Path, null, args);

    [Fact]
    public void Init_writes_a_starter_configuration_that_loads_and_changes_nothing()
    {
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);
        var before = Run();

        var outcome = Run("init");
        var after = Run();

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal("Wrote .healthlint.yaml; edit it to configure HealthLint for this folder and the folders below it.\n", outcome.Out);
        var configuration = LintConfiguration.Load(_folder.Combine(".healthlint.yaml"));
        Assert.Equal(["HL001", "HL002", "HL003", "HL900", "HL901"], configuration.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, after);
    }

    [Fact]
    public void The_starter_lists_every_rule_at_its_severity_and_shows_every_other_key_in_comments()
    {
        Run("init");

        var text = File.ReadAllText(_folder.Combine(".healthlint.yaml"));

        Assert.StartsWith("# yaml-language-server: $schema=", text, StringComparison.Ordinal);
        Assert.Contains("\nrules:\n  HL001: error    # A medical disclaimer is required\n  HL002: error    # No outcome guarantees\n  HL003: warning  # Health claims need a source\n", text, StringComparison.Ordinal);
        foreach (var key in new[] { "# include:", "# exclude:", "# overrides:", "# extends:", "# rulePacks:", "#     wording:", "providedByTemplate: true" })
        {
            Assert.Contains(key, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_to_overwrite_an_existing_configuration()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL003: off\n");

        var outcome = Run("init");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("healthlint: error: .healthlint.yaml already exists here; run 'healthlint init --force' to replace it\n", outcome.Error);
        Assert.Equal("rules:\n  HL003: off\n", File.ReadAllText(_folder.Combine(".healthlint.yaml")));
    }

    [Fact]
    public void Init_force_replaces_an_existing_configuration()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL003: off\n");

        var outcome = Run("init", "--force");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("HL003: warning", File.ReadAllText(_folder.Combine(".healthlint.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_when_the_folder_has_a_yml_configuration_even_with_force()
    {
        _folder.Write(".healthlint.yml", "rules: {}\n");

        var outcome = Run("init", "--force");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Contains(".healthlint.yml already exists here", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine(".healthlint.yaml")));
    }

    [Fact]
    public void Init_writes_the_same_bytes_every_time()
    {
        Run("init");
        var first = File.ReadAllBytes(_folder.Combine(".healthlint.yaml"));
        Run("init", "--force");

        Assert.Equal(first, File.ReadAllBytes(_folder.Combine(".healthlint.yaml")));
    }
}
