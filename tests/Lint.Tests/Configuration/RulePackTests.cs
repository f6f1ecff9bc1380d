using System.Text.Json;
using HealthLint.Cli;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Configuration;

/// <summary>
/// Folders of YAML rule files named under <c>rulePacks:</c>: their rules run next to the built-in ones and appear in
/// every output exactly like them, SARIF rule metadata included.
/// </summary>
public sealed class RulePackTests : IDisposable
{
    private const string MiracleRule = """
        id: ACME001
        name: NoMiracleProducts
        title: Do not call a product a miracle
        kind: phrase
        severity: warning
        helpUri: https://example.com/healthlint/ACME001
        description: Acme Pharmacy never calls a product a miracle.
        message: '"{0}" calls a product a miracle; say what it does instead.'
        help: |
          Say what the product does and for whom.
        patterns:
          - miracle
        """;

    private const string Article = "# Sleep\n\nOur new miracle pillow is soft.\n\nThis article is general information and is not a substitute for professional medical advice, diagnosis or treatment.\n";

    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliOutcome Run(params string[] args) => CliRunner.Run(_folder.Path, null, args);

    [Fact]
    public void A_rule_pack_rule_is_reported_in_text_like_a_built_in_rule()
    {
        _folder.Write(".healthlint.yaml", "rulePacks: [house-rules]\n");
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);
        _folder.Write("blog/sleep.md", Article);

        var outcome = Run("blog");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(
            "blog/sleep.md:3:1: warning ACME001: \"miracle\" calls a product a miracle; say what it does instead.\n"
            + "1 problem (0 errors, 1 warning, 0 notes) in 1 file\n",
            outcome.Out);
    }

    [Fact]
    public void A_rule_pack_rule_is_in_the_json_findings()
    {
        _folder.Write(".healthlint.yaml", "rulePacks: house-rules\n");
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);
        _folder.Write("sleep.md", Article);

        using var json = JsonDocument.Parse(Run("-f", "json").Out);

        var finding = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("ACME001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("NoMiracleProducts", finding.GetProperty("ruleName").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public void A_rule_pack_rule_has_sarif_rule_metadata_like_a_built_in_rule()
    {
        _folder.Write(".healthlint.yaml", "rulePacks: [house-rules]\nrules:\n  ACME001: error\n");
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);
        _folder.Write("sleep.md", Article);

        using var sarif = JsonDocument.Parse(Run("-f", "sarif").Out);

        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["ACME001", "HL001", "HL002", "HL003", "HL900", "HL901"], rules.Select(r => r.GetProperty("id").GetString()));
        var acme = rules[0];
        Assert.Equal("NoMiracleProducts", acme.GetProperty("name").GetString());
        Assert.Equal("Do not call a product a miracle", acme.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Acme Pharmacy never calls a product a miracle.", acme.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("https://example.com/healthlint/ACME001", acme.GetProperty("helpUri").GetString());
        Assert.Contains("Say what the product does", acme.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        // The rule file's severity stays the rule's default; the configuration's shows in each result.
        Assert.Equal("warning", acme.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("ACME001", result.GetProperty("ruleId").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", result.GetProperty("level").GetString());
    }

    [SharedFact]
    public void Sarif_with_rule_pack_rules_and_configured_severities_passes_validate_sarif()
    {
        _folder.Write(".healthlint.yaml", "rulePacks: [house-rules]\nrules:\n  HL003: note\noverrides:\n  - files: [shop]\n    rules:\n      ACME001: error\n");
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);
        _folder.Write("blog/sleep.md", Article);
        _folder.Write("shop/pillow.md", "# Pillow\n\nOur miracle pillow is guaranteed to cure insomnia.\n");

        var outcome = Run("-f", "sarif", "-o", "out/report.sarif");

        Assert.Equal(ExitCodes.FindingsFailed, outcome.ExitCode);
        SarifValidator.AssertValid(_folder.Combine("out/report.sarif"), strict: true);
    }

    [Fact]
    public void The_rules_command_lists_rule_pack_rules_and_leaves_out_rules_turned_off()
    {
        _folder.Write(".healthlint.yaml", "rulePacks: [house-rules]\nrules:\n  HL002: off\n  HL003: note\n");
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);

        var outcome = Run("rules");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(
            [
                "ID       SEVERITY  NAME                       TITLE",
                "ACME001  warning   NoMiracleProducts          Do not call a product a miracle",
                "HL001    error     MedicalDisclaimerRequired  A medical disclaimer is required",
                "HL003    note      HealthClaimsNeedSource     Health claims need a source",
                "HL900    warning   UnusedSuppression          Suppression directives must suppress something",
                "HL901    warning   InvalidSuppression         Suppression directives must be well formed",
            ],
            outcome.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void The_rules_command_writes_a_documentation_page_for_a_rule_pack_rule()
    {
        _folder.Write(".healthlint.yaml", "rulePacks: [house-rules]\n");
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);

        var outcome = Run("rules", "--docs", "pages");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("Say what the product does", File.ReadAllText(_folder.Combine("pages/ACME001.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_pack_is_relative_to_the_configuration_that_names_it_and_may_have_its_own_vocabulary()
    {
        _folder.Write("org/base.yaml", "rulePacks: [rules]\n");
        _folder.Write("org/rules/vocabulary.yaml", "vocabulary:\n  hype:\n    - miracle\n    - wonder\n");
        _folder.Write("org/rules/ACME002.yaml", """
            id: ACME002
            name: NoHype
            title: No hype
            kind: phrase
            severity: note
            message: '"{0}" is hype.'
            help: Plain words.
            patterns:
              - '{hype}'
            """);
        _folder.Write(".healthlint.yaml", "extends: org/base.yaml\n");
        _folder.Write("a.md", "# Sleep\n\nA wonder pillow.\n\nThis article is general information and is not a substitute for professional medical advice, diagnosis or treatment.\n");

        Assert.Equal(["a.md ACME002 note"], _folder.Findings());
    }

    [Fact]
    public void A_configuration_may_give_a_rule_pack_rule_options()
    {
        _folder.Write(".healthlint.yaml", """
            rulePacks: [house-rules]
            overrides:
              - files: ["shop/**"]
                rules:
                  ACME001:
                    options:
                      patterns: [wonder]
            """);
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);
        _folder.Write("blog/a.md", "# Sleep\n\nA wonder pillow.\n\nThis article is general information and is not a substitute for professional medical advice, diagnosis or treatment.\n");
        _folder.Write("shop/a.md", "# Sleep\n\nA wonder pillow.\n\nThis article is general information and is not a substitute for professional medical advice, diagnosis or treatment.\n");

        Assert.Equal(["shop/a.md ACME001 warning"], _folder.Findings());
    }

    [Theory]
    [InlineData("rulePacks: [missing]\n", ".healthlint.yaml", 1, 13, "the rule pack folder 'missing' does not exist")]
    [InlineData("rulePacks: [house-rules/ACME001.yaml]\n", ".healthlint.yaml", 1, 13, "is a file; name the folder")]
    [InlineData("rulePacks: [empty]\n", ".healthlint.yaml", 1, 13, "holds no .yaml rule files")]
    [InlineData("rulePacks: [duplicate]\n", "duplicate/HL002.yaml", 1, 5, "duplicate rule id 'HL002': the built-in rule pack defines it too")]
    [InlineData("rulePacks: [house-rules, again]\n", "again/ACME001.yaml", 1, 5, "duplicate rule id 'ACME001'")]
    [InlineData("rulePacks: [broken]\n", "broken/ACME003.yaml", 13, 1, "unknown key 'level'")]
    public void A_rule_pack_that_cannot_be_loaded_is_an_error_at_its_file_line_and_column(string configuration, string file, int line, int column, string problem)
    {
        _folder.Write(".healthlint.yaml", configuration);
        _folder.Write("house-rules/ACME001.yaml", MiracleRule);
        _folder.Write("again/ACME001.yaml", MiracleRule);
        Directory.CreateDirectory(_folder.Combine("empty"));
        _folder.Write("empty/notes.txt", "no rules here");
        _folder.Write("duplicate/HL002.yaml", MiracleRule.Replace("ACME001", "HL002", StringComparison.Ordinal));
        _folder.Write("broken/ACME003.yaml", MiracleRule.Replace("ACME001", "ACME003", StringComparison.Ordinal) + "\nlevel: high\n");
        _folder.Write("a.md", Article);

        var error = _folder.LoadError(".healthlint.yaml");
        var outcome = Run();

        Assert.Equal((_folder.Combine(file), line, column), (error.File, error.Line, error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Error, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.StartsWith($"{file}:{line}:{column}: error: ", outcome.Error, StringComparison.Ordinal);
    }
}
