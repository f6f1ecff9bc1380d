namespace HealthLint.Tests.Configuration;

/// <summary>
/// How settings combine, weakest first: the rule files' defaults, the extended files in order, the file's own
/// <c>rules:</c>, then each matching override in order.
/// </summary>
public sealed class ConfigurationPrecedenceTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("HL003: error", "HL003 error")]
    [InlineData("HL003: warning", "HL003 warning")]
    [InlineData("HL003: note", "HL003 note")]
    [InlineData("HL003: {severity: note}", "HL003 note")]
    [InlineData("HL003: ERROR", "HL003 error")]
    public void A_severity_changes_how_the_rule_reports(string setting, string expected)
    {
        _folder.Write(".healthlint.yaml", "rules:\n  " + setting + "\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Contains("a.md " + expected, _folder.Findings());
    }

    [Fact]
    public void Off_stops_the_rule_and_leaves_it_out_of_the_report()
    {
        _folder.Write(".healthlint.yaml", "rules:\n  HL002: off\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        var result = _folder.Lint();

        Assert.Equal(["a.md HL001 error", "a.md HL003 warning"], ConfiguredFolder.Summarise(result));
        Assert.DoesNotContain("HL002", result.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Overrides_apply_to_matching_files_in_order_and_the_last_wins()
    {
        _folder.Write(".healthlint.yaml", """
            rules:
              HL003: note
            overrides:
              - files: ["press/**"]
                rules:
                  HL002: warning
                  HL003: off
              - files: ["press/2024/**"]
                rules:
                  HL002: note
              - files: ["**/*.html"]
                excludeFiles: ["press/**"]
                rules:
                  HL001: off
            """);
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("page.html", "<p>Vitamin C is guaranteed to cure colds.</p>");
        _folder.Write("press/old.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("press/2024/new.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("press/2024/new.html", "<p>Vitamin C is guaranteed to cure colds.</p>");

        Assert.Equal(
            [
                "a.md HL001 error", "a.md HL002 error", "a.md HL003 note",
                "page.html HL002 error", "page.html HL003 note",
                "press/2024/new.html HL001 error", "press/2024/new.html HL002 note",
                "press/2024/new.md HL001 error", "press/2024/new.md HL002 note",
                "press/old.md HL001 error", "press/old.md HL002 warning",
            ],
            _folder.Findings());
    }

    [Fact]
    public void An_override_that_names_only_options_keeps_the_severity_set_before_it()
    {
        _folder.Write(".healthlint.yaml", """
            rules:
              HL001: warning
            overrides:
              - files: ["shop"]
                rules:
                  HL001:
                    options:
                      wording: ["Ask our pharmacist before you buy."]
            """);
        _folder.Write("shop/a.md", ConfiguredFolder.GenericDisclaimer);

        Assert.Equal(["shop/a.md HL001 warning"], _folder.Findings());
    }

    [Fact]
    public void Extended_files_come_first_in_order_and_the_extending_file_wins()
    {
        _folder.Write("shared/base.yaml", "rules:\n  HL001: note\n  HL002: note\n  HL003: note\n");
        _folder.Write("shared/strict.yaml", "rules:\n  HL002: error\n");
        _folder.Write(".healthlint.yaml", "extends:\n  - shared/base.yaml\n  - shared/strict.yaml\nrules:\n  HL003: off\n");
        _folder.Write("a.md", ConfiguredFolder.BreaksEveryRule);

        var configuration = LintConfiguration.Load(_folder.Combine(".healthlint.yaml"));

        Assert.Equal(["a.md HL001 note", "a.md HL002 error"], _folder.Findings());
        Assert.Equal(
            [_folder.Combine("shared/base.yaml"), _folder.Combine("shared/strict.yaml"), _folder.Combine(".healthlint.yaml")],
            configuration.Sources);
    }

    [Fact]
    public void Extending_is_transitive_and_an_extended_file_is_read_relative_to_its_own_folder()
    {
        _folder.Write("org/base.yaml", "rules:\n  HL003: note\noverrides:\n  - files: [\"press/**\"]\n    rules:\n      HL002: off\n");
        _folder.Write("org/site/base.yaml", "extends: ../base.yaml\nrules:\n  HL001: warning\n");
        _folder.Write(".healthlint.yaml", "extends: org/site/base.yaml\n");
        _folder.Write("press/a.md", ConfiguredFolder.BreaksEveryRule);
        _folder.Write("org/press/b.md", ConfiguredFolder.BreaksEveryRule);

        // The extended override's glob is relative to org/, where it was written.
        Assert.Equal(
            ["org/press/b.md HL001 warning", "org/press/b.md HL003 note", "press/a.md HL001 warning", "press/a.md HL002 error", "press/a.md HL003 note"],
            _folder.Findings());
    }

    [Fact]
    public void The_local_overrides_apply_after_the_extended_ones()
    {
        _folder.Write("base.yaml", "overrides:\n  - files: [\"press\"]\n    rules:\n      HL002: off\n");
        _folder.Write(".healthlint.yaml", "extends: base.yaml\noverrides:\n  - files: [\"press\"]\n    rules:\n      HL002: note\n");
        _folder.Write("press/a.md", ConfiguredFolder.BreaksEveryRule);

        Assert.Contains("press/a.md HL002 note", _folder.Findings());
    }

    [Fact]
    public void A_file_extended_twice_is_read_once()
    {
        _folder.Write("base.yaml", "rules:\n  HL003: note\n");
        _folder.Write("a.yaml", "extends: base.yaml\n");
        _folder.Write("b.yaml", "extends: base.yaml\n");
        _folder.Write(".healthlint.yaml", "extends: [a.yaml, b.yaml]\n");

        var configuration = LintConfiguration.Load(_folder.Combine(".healthlint.yaml"));

        Assert.Equal(["base.yaml", "a.yaml", "b.yaml", ".healthlint.yaml"], configuration.Sources.Select(Path.GetFileName));
    }
}
