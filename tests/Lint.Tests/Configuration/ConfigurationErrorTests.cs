namespace HealthLint.Tests.Configuration;

/// <summary>
/// Every way a configuration can be wrong, with the file, line and column it is reported at. A configuration loads
/// completely or not at all.
/// </summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, int, int, string> Errors => new()
    {
        // Unknown keys, at every level.
        { "rulez:\n  HL001: error\n", 1, 1, "unknown key 'rulez'; expected one of: exclude, extends, include, overrides, rulePacks, rules" },
        { "rules:\n  HL001:\n    severity: error\n    level: high\n", 4, 5, "unknown key 'level'; expected one of: options, severity" },
        { "overrides:\n  - files: [\"press/**\"]\n    rule:\n      HL002: off\n", 3, 5, "unknown key 'rule'; expected one of: excludeFiles, files, rules" },
        { "rules:\n  HL002:\n    options:\n      wording: [\"x\"]\n", 4, 7, "rule 'HL002' has no option 'wording'; its kind takes: " },

        // Wrong types.
        { "rules: [HL001]\n", 1, 8, "'rules' must be a mapping of keys to values" },
        { "rules:\n  HL001: [error]\n", 2, 10, "the setting of 'HL001' must be a severity (error, warning, note, off) or a mapping with 'severity' and 'options'" },
        { "rules:\n  HL001:\n    severity: [error]\n", 3, 15, "'severity' must be error, warning, note or off" },
        { "rules:\n  HL001:\n    options: [wording]\n", 3, 14, "'options' must be a mapping of keys to values" },
        { "rules:\n  HL001:\n    options:\n      providedByTemplate: sometimes\n", 4, 27, "option of rule 'HL001': 'providedByTemplate' must be true or false" },
        { "rules:\n  HL001:\n    options:\n      wording: []\n", 4, 16, "option of rule 'HL001': 'wording' must list at least one sentence" },
        { "overrides:\n  files: [\"press/**\"]\n", 2, 3, "'overrides' must be a list" },
        { "overrides:\n  - press/**\n", 2, 5, "each entry of 'overrides' must be a mapping with 'files' and 'rules'" },
        { "overrides:\n  - rules:\n      HL002: off\n", 2, 5, "missing required key 'files'" },
        { "overrides:\n  - files: [\"press/**\"]\n", 2, 5, "missing required key 'rules'" },
        { "include:\n  pattern: \"*.md\"\n", 2, 3, "'include' must be a list of text values" },
        { "include: [42]\n", 1, 11, "'42' in 'include' is read as a number, not as a glob; put it in quotes" },
        { "exclude: [\"drafts/**\", false]\n", 1, 24, "'false' in 'exclude' is read as a boolean, not as a glob; put it in quotes" },
        { "rulePacks: {folder: rules}\n", 1, 12, "'rulePacks' must be a list of text values" },
        { "extends: [[base.yaml]]\n", 1, 11, "each entry of 'extends' must be a text value" },

        // Severities.
        { "rules:\n  HL001: fatal\n", 2, 10, "unknown severity 'fatal'; expected error, warning, note or off" },
        { "rules:\n  HL001:\n    severity: critical\n", 3, 15, "unknown severity 'critical'; expected error, warning, note or off" },
        { "rules:\n  HL001:\n", 2, 9, "'HL001' needs a severity (error, warning, note, off) or a mapping with 'severity' and 'options'" },

        // Rule ids.
        { "rules:\n  HL004: error\n", 2, 3, "unknown rule 'HL004'; the rules are: HL001, HL002, HL003" },
        { "rules:\n  hl002: off\n", 2, 3, "unknown rule 'hl002'; did you mean 'HL002'?" },
        { "overrides:\n  - files: [\"press/**\"]\n    rules:\n      HL009: off\n", 4, 7, "unknown rule 'HL009'; the rules are: HL001, HL002, HL003" },

        // Extends.
        { "extends: base.yaml\n", 1, 10, "the extended configuration 'base.yaml' does not exist" },
        { "extends:\n  - \"\"\n", 2, 5, "an entry of 'extends' must not be empty" },

        // Globs.
        { "include: [\"press/[0-9]*.md\"]\n", 1, 11, "invalid glob 'press/[0-9]*.md': '?' and '[...]' are not supported; use '*', '**' and '{a,b}'" },
        { "exclude: \"!press/**\"\n", 1, 10, "invalid glob '!press/**': negated globs are not supported" },
        { "overrides:\n  - files: [\"/press/**\"]\n    rules:\n      HL002: off\n", 2, 13, "invalid glob '/press/**': a glob is relative to the folder of the configuration file" },
        { "overrides:\n  - files: [\"press/**\"]\n    excludeFiles: [\"press/**.html\"]\n    rules:\n      HL002: off\n", 3, 20, "invalid glob 'press/**.html': '**' must be a whole path segment" },
        { "include: []\n", 1, 10, "'include' must list at least one glob" },

        // YAML itself.
        { "rules:\n  HL001: error\n HL002: off\n", 3, 2, "invalid YAML: " },
        { "- HL001\n", 1, 1, "expected a mapping of keys to values" },
        { "rules: {HL001: error}\n---\nrules: {}\n", 0, 0, "the file holds more than one YAML document" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_wrong_configuration_is_an_error_at_its_line_and_column(string configuration, int line, int column, string problem)
    {
        var path = _folder.Write(".healthlint.yaml", configuration);

        var error = _folder.LoadError(".healthlint.yaml");

        Assert.Equal(path, error.File);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(line > 0 ? $"{path}:{line}:{column}: {error.Problem}" : $"{path}: {error.Problem}", error.Message);
    }

    [Fact]
    public void A_cycle_of_extends_is_an_error_naming_the_files_in_the_cycle()
    {
        _folder.Write(".healthlint.yaml", "extends: shared/a.yaml\n");
        _folder.Write("shared/a.yaml", "rules:\n  HL003: note\nextends: b.yaml\n");
        _folder.Write("shared/b.yaml", "extends:\n  - ../base.yaml\n  - a.yaml\n");
        _folder.Write("base.yaml", "rules: {}\n");

        var error = _folder.LoadError(".healthlint.yaml");

        Assert.Equal((_folder.Combine("shared/b.yaml"), 3, 5), (error.File, error.Line, error.Column));
        Assert.Equal("'extends' makes a cycle: a.yaml -> b.yaml -> a.yaml", error.Problem);
    }

    [Fact]
    public void A_file_that_extends_itself_is_a_cycle()
    {
        _folder.Write(".healthlint.yaml", "extends: ./.healthlint.yaml\n");

        var error = _folder.LoadError(".healthlint.yaml");

        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.Equal("'extends' makes a cycle: .healthlint.yaml -> .healthlint.yaml", error.Problem);
    }

    [Fact]
    public void An_error_in_an_extended_file_is_reported_in_that_file()
    {
        _folder.Write(".healthlint.yaml", "extends: org/base.yaml\n");
        _folder.Write("org/base.yaml", "rules:\n  HL003: sometimes\n");

        var error = _folder.LoadError(".healthlint.yaml");

        Assert.Equal((_folder.Combine("org/base.yaml"), 2, 10), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void An_option_that_does_not_fit_the_rule_is_reported_where_the_configuration_wrote_it()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL002:\n    options:\n      patterns: [\"(unclosed\"]\n");

        var error = _folder.LoadError(".healthlint.yaml");

        Assert.Equal((_folder.Combine(".healthlint.yaml"), 4, 18), (error.File, error.Line, error.Column));
        Assert.StartsWith("option of rule 'HL002': ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_configuration_file_that_does_not_exist_is_an_error()
    {
        var error = Assert.ThrowsAny<ConfigurationException>(() => _folder.Lint("ci/missing.yaml"));

        Assert.Equal((_folder.Combine("ci/missing.yaml"), 0, 0), (error.File, error.Line, error.Column));
        Assert.Equal("no such configuration file", error.Problem);
    }

    [Fact]
    public void A_configuration_error_stops_the_run_before_any_file_is_linted()
    {
        _folder.Write("a/a.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("b/.healthlint.yaml", "rules:\n  HL003: sometimes\n");
        _folder.Write("b/b.md", ConfiguredFolder.BreaksEveryRule);

        var error = Assert.ThrowsAny<ConfigurationException>(() => _folder.Lint());

        Assert.Equal(_folder.Combine("b/.healthlint.yaml"), error.File);
    }
}
