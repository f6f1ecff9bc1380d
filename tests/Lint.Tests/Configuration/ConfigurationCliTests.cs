using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Configuration;

/// <summary>The command line with configuration files: discovery, <c>--config</c>, and how a bad configuration is told.</summary>
public sealed class ConfigurationCliTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliOutcome Run(params string[] args) => CliRunner.Run(_folder.Path, null, args);

    [Fact]
    public void A_bad_configuration_is_printed_with_its_position_and_exits_2_with_nothing_linted()
    {
        _folder.Write("site/.healthlint.yaml", "rules:\n  HL002: sometimes\n");
        _folder.Write("site/a.md", ConfiguredFolder.BreaksEveryRule);

        var outcome = Run("site", "-o", "report.sarif", "-f", "sarif");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.Equal("site/.healthlint.yaml:2:10: error: unknown severity 'sometimes'; expected error, warning, note or off\n", outcome.Error);
        Assert.False(File.Exists(_folder.Combine("report.sarif")));
    }

    [Fact]
    public void Config_uses_one_file_for_every_article_instead_of_the_nearest()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL001: off\n");
        _folder.Write("ci/strict.yaml", "rules:\n  HL003: error\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        var discovered = Run();
        var given = Run("--config", "ci/strict.yaml");

        Assert.Equal(ExitCodes.FindingsFailed, discovered.ExitCode);
        Assert.Equal("2 problems (1 error, 1 warning, 0 notes) in 1 file\n", discovered.Out.Split('\n')[^2] + "\n");
        Assert.Equal("3 problems (3 errors, 0 warnings, 0 notes) in 1 file\n", given.Out.Split('\n')[^2] + "\n");
    }

    [Fact]
    public void A_missing_config_file_exits_2()
    {
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        var outcome = Run("--config", "missing.yaml");

        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.Equal("missing.yaml: error: no such configuration file\n", outcome.Error);
    }

    [Fact]
    public void Rules_takes_config_too_and_reports_its_errors()
    {
        _folder.Write("ci/quiet.yaml", "rules:\n  HL002: off\n  HL003: off\n");
        _folder.Write("ci/broken.yaml", "rules:\n  HL005: off\n");

        var quiet = Run("rules", "--config", "ci/quiet.yaml");
        var broken = Run("rules", "--config", "ci/broken.yaml");

        Assert.Equal(ExitCodes.Success, quiet.ExitCode);
        Assert.Equal(["ID", "HL001", "HL900", "HL901"], quiet.Out.TrimEnd('\n').Split('\n').Select(l => l.Split(' ')[0]));
        Assert.Equal(ExitCodes.Error, broken.ExitCode);
        Assert.Equal("ci/broken.yaml:2:3: error: unknown rule 'HL005'; the rules are: HL001, HL002, HL003, HL900, HL901\n", broken.Error);
    }

    [Fact]
    public void Help_describes_config_and_init()
    {
        var outcome = Run("--help");

        Assert.Contains("--config", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("init", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_configured_run_gives_byte_identical_reports()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL003: note\noverrides:\n  - files: [\"press\"]\n    rules:\n      HL002: warning\n");
        for (var i = 0; i < 8; i++)
        {
            _folder.Write($"press/p{i}.md", ConfiguredFolder.BreaksEveryRule);
            _folder.Write($"blog/b{i}.md", ConfiguredFolder.BreaksEveryRule);
        }

        var first = Run("-f", "sarif");
        var second = Run("-f", "sarif");

        Assert.Equal(ExitCodes.FindingsFailed, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
    }
}
