namespace HealthLint.Tests.Configuration;

/// <summary>Which configuration a file is linted with: the nearest .healthlint.yaml above it, or the one given with --config.</summary>
public sealed class ConfigurationDiscoveryTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_a_configuration_every_built_in_rule_runs_at_its_default_severity()
    {
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Equal(["a.md HL001 error", "a.md HL002 error", "a.md HL003 warning"], _folder.Findings());
    }

    [Fact]
    public void The_nearest_configuration_wins_and_a_parent_one_is_not_merged_in()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL002: off\n  HL003: note\n");
        _folder.Write("blog/.healthlint.yaml", "rules:\n  HL001: warning\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("blog/b.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("blog/2024/c.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Equal(
            [
                "a.md HL001 error", "a.md HL003 note",
                "blog/2024/c.md HL001 warning", "blog/2024/c.md HL002 error", "blog/2024/c.md HL003 warning",
                "blog/b.md HL001 warning", "blog/b.md HL002 error", "blog/b.md HL003 warning",
            ],
            _folder.Findings());
    }

    [Fact]
    public void The_yml_extension_is_found_too()
    {
        _folder.Write(".healthlint.yml", "rules:\n  HL003: off\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Equal(["a.md HL001 error", "a.md HL002 error"], _folder.Findings());
    }

    [Fact]
    public void Both_names_in_one_folder_is_an_error()
    {
        _folder.Write(".healthlint.yaml", "rules: {}\n");
        _folder.Write(".healthlint.yml", "rules: {}\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        var error = Assert.ThrowsAny<ConfigurationException>(() => _folder.Lint());

        Assert.Equal(_folder.Combine(".healthlint.yml"), error.File);
        Assert.Contains("keep one of the two", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_configuration_file_beats_every_discovered_one()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL001: off\n");
        _folder.Write("blog/.healthlint.yaml", "rules:\n  HL002: off\n");
        _folder.Write("ci/strict.yaml", "rules:\n  HL003: error\n");
        _folder.Write("blog/b.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Equal(
            ["blog/b.md HL001 error", "blog/b.md HL002 error", "blog/b.md HL003 error"],
            _folder.Findings("ci/strict.yaml"));
    }

    [Fact]
    public void Find_returns_the_nearest_file_in_the_folder_or_above_it()
    {
        var top = _folder.Write(".healthlint.yaml", "");
        var blog = _folder.Write("blog/.healthlint.yml", "");
        Directory.CreateDirectory(_folder.Combine("blog/2024/05"));
        Directory.CreateDirectory(_folder.Combine("shop"));

        Assert.Equal(blog, LintConfiguration.Find(_folder.Combine("blog/2024/05")));
        Assert.Equal(blog, LintConfiguration.Find(_folder.Combine("blog")));
        Assert.Equal(top, LintConfiguration.Find(_folder.Combine("shop")));
    }

    [Fact]
    public void An_empty_configuration_file_changes_nothing()
    {
        _folder.Write(".healthlint.yaml", "# nothing configured yet\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Equal(["a.md HL001 error", "a.md HL002 error", "a.md HL003 warning"], _folder.Findings());
    }

    [Fact]
    public void The_rules_reported_are_those_of_every_configuration_used()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL002: off\n");
        _folder.Write("blog/.healthlint.yaml", "rules:\n  HL003: off\n");
        _folder.Write("a.md", ConfiguredFolder.GenericDisclaimer);
        _folder.Write("blog/b.md", ConfiguredFolder.GenericDisclaimer);

        Assert.Equal(["HL001", "HL002", "HL003", "HL900", "HL901"], _folder.Lint().Rules.Select(r => r.Id));
        Assert.Equal(["HL001", "HL003", "HL900", "HL901"], _folder.Lint(null, "a.md").Rules.Select(r => r.Id));
    }
}
