namespace HealthLint.Tests.HouseRules;

/// <summary>
/// Every problem of a rule file is an error naming the file, and the line and column of the YAML at fault, and the
/// pack does not load. Each row: the pack's files, then the file, line, column and words the error must have.
/// </summary>
public class RuleFileErrorTests
{
    private const string Valid = """
        id: PH001
        name: NoMiracleWords
        title: No miracle words
        kind: phrase
        message: '"{0}" overstates what a product does.'
        patterns:
          - miracle

        """;

    private static string ClaimRuleWithModel(string name, string above) =>
        $"id: CL001\nname: Sourced\ntitle: Sourced\nkind: claim-needs-source\nmessage: m {{0}}\npatterns:\n  - miracle\nmodel:\n  name: {name}\n  above: {above}\n";

    public static TheoryData<string, (string Name, string Text)[], string, int, int, string> Errors => new()
    {
        {
            "unknown key",
            [("house/ph001.yaml", Valid + "patern: cure\n")],
            "house/ph001.yaml", 8, 1, "unknown key 'patern'"
        },
        {
            "unknown key of a kind's entry",
            [("house/meta.yaml", "id: PH003\nname: Reviewed\ntitle: Reviewed\nkind: required-metadata\nmessage: m {0} {1}\nfields:\n  - name: reviewed\n    maxAge: 12\n")],
            "house/meta.yaml", 8, 5, "unknown key 'maxAge'"
        },
        {
            "missing field",
            [("house/ph001.yaml", Valid.Replace("message: '\"{0}\" overstates what a product does.'\n", "", StringComparison.Ordinal))],
            "house/ph001.yaml", 1, 1, "missing required key 'message'"
        },
        {
            "missing kind option",
            [("house/ph001.yaml", Valid.Replace("patterns:\n  - miracle\n", "", StringComparison.Ordinal))],
            "house/ph001.yaml", 1, 1, "'patterns' must list at least one pattern"
        },
        {
            "wrong type: a list for a text value",
            [("house/ph001.yaml", Valid + "severity: [error]\n")],
            "house/ph001.yaml", 8, 11, "'severity' must be a text value"
        },
        {
            "wrong type: words for a number",
            [("house/meta.yaml", "id: PH003\nname: Reviewed\ntitle: Reviewed\nkind: required-metadata\nmessage: m {0} {1}\nfields:\n  - name: reviewed\n    maxAgeMonths: a year\n")],
            "house/meta.yaml", 8, 19, "'maxAgeMonths' must be a whole number"
        },
        {
            "wrong type: a mapping for a list",
            [("house/ph001.yaml", Valid.Replace("patterns:\n  - miracle\n", "patterns: {miracle: true}\n", StringComparison.Ordinal))],
            "house/ph001.yaml", 6, 11, "'patterns' must be a list"
        },
        {
            "unknown claim model",
            [("house/cl001.yaml", ClaimRuleWithModel("marketing", "0.9"))],
            "house/cl001.yaml", 9, 9, "unknown model 'marketing'; the built-in models are: claims"
        },
        {
            "a claim model's threshold that is no probability",
            [("house/cl001.yaml", ClaimRuleWithModel("claims", "90"))],
            "house/cl001.yaml", 10, 10, "'above' must be a probability between 0 and 1"
        },
        {
            "a claim model's threshold that is not a number",
            [("house/cl001.yaml", ClaimRuleWithModel("claims", "NaN"))],
            "house/cl001.yaml", 10, 10, "'above' must be a probability between 0 and 1"
        },
        {
            "unknown severity",
            [("house/ph001.yaml", Valid + "severity: fatal\n")],
            "house/ph001.yaml", 8, 11, "unknown severity 'fatal'"
        },
        {
            "duplicate id in a pack",
            [("house/a.yaml", Valid), ("house/b.yaml", Valid.Replace("NoMiracleWords", "NoMiracles", StringComparison.Ordinal))],
            "house/b.yaml", 1, 5, "duplicate rule id 'PH001': house/a.yaml defines it too"
        },
        {
            "duplicate id of a built-in rule",
            [("house/ph001.yaml", Valid.Replace("PH001", "hl002", StringComparison.Ordinal))],
            "house/ph001.yaml", 1, 5, "duplicate rule id 'hl002': the built-in rules defines it too"
        },
        {
            "duplicate key",
            [("house/ph001.yaml", Valid + "title: Again\n")],
            "house/ph001.yaml", 8, 1, "duplicate key 'title'"
        },
        {
            "invalid regex",
            [("house/ph001.yaml", Valid + "  - 'miracle (cure'\n")],
            "house/ph001.yaml", 8, 5, "invalid pattern 'miracle (cure'"
        },
        {
            "parentheses that close each other the wrong way round",
            [("house/ph001.yaml", Valid + "  - 'miracle)(cure'\n")],
            "house/ph001.yaml", 8, 5, "invalid pattern 'miracle)(cure'"
        },
        {
            "a comment that runs past the end of the pattern",
            [("house/ph001.yaml", Valid + "  - '(?x)miracle # cure'\n")],
            "house/ph001.yaml", 8, 5, "it must stay whole inside a group"
        },
        {
            "a reserved group name",
            [("house/ph001.yaml", Valid + "  - '(?<hl_word>miracle) cure'\n")],
            "house/ph001.yaml", 8, 5, "group names starting with 'hl_' are reserved, so 'hl_word' cannot be used"
        },
        {
            "invalid regex of an exception",
            [("house/ph001.yaml", Valid + "exceptions: ['miracle[']\n")],
            "house/ph001.yaml", 8, 14, "invalid pattern 'miracle['"
        },
        {
            "invalid regex of a metadata value",
            [("house/meta.yaml", "id: PH003\nname: Reviewed\ntitle: Reviewed\nkind: required-metadata\nmessage: m {0} {1}\nfields:\n  - name: author\n    pattern: '[A-Z'\n")],
            "house/meta.yaml", 8, 14, "invalid pattern '[A-Z'"
        },
        {
            "unknown vocabulary reference",
            [("house/ph001.yaml", Valid + "  - '{nostrums} cure'\n")],
            "house/ph001.yaml", 8, 5, "unknown vocabulary '{nostrums}'"
        },
        {
            "unknown vocabulary reference inside the pack's vocabulary",
            [("house/vocabulary.yaml", "vocabulary:\n  nostrum: ['{remedies}', tonic]\n"), ("house/ph001.yaml", Valid + "  - '{nostrum}'\n")],
            "house/ph001.yaml", 8, 5, "unknown vocabulary '{remedies}'"
        },
        {
            "unknown kind",
            [("house/ph001.yaml", Valid.Replace("kind: phrase", "kind: banned-words", StringComparison.Ordinal))],
            "house/ph001.yaml", 4, 7, "unknown rule kind 'banned-words'; expected one of: claim-needs-source, metric, phrase, required-metadata, required-statement"
        },
        {
            "unknown cue",
            [("house/ph001.yaml", Valid + "ignore: [negated, sarcasm]\n")],
            "house/ph001.yaml", 8, 19, "unknown cue 'sarcasm' in 'ignore'"
        },
        {
            "unknown metric",
            [("house/long.yaml", "id: PH004\nname: ShortSentences\ntitle: Short sentences\nkind: metric\nmessage: m\nmetric: sentence-length\nmaximum: 30\n")],
            "house/long.yaml", 6, 9, "unknown metric 'sentence-length'"
        },
        {
            "metric without a limit",
            [("house/long.yaml", "id: PH004\nname: ShortSentences\ntitle: Short sentences\nkind: metric\nmessage: m\nmetric: sentence-words\n")],
            "house/long.yaml", 6, 1, "needs 'minimum', 'maximum' or both"
        },
        {
            "invalid YAML",
            [("house/ph001.yaml", Valid + "help: 'unclosed\n")],
            "house/ph001.yaml", 8, 7, "invalid YAML"
        },
        {
            "not a mapping",
            [("house/ph001.yaml", "- miracle\n- wonder\n")],
            "house/ph001.yaml", 1, 1, "expected a mapping of keys to values"
        },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_bad_rule_file_is_an_error_at_its_position(string problem, (string Name, string Text)[] files, string file, int line, int column, string words)
    {
        var error = HouseRuleHost.LoadError(files);

        Assert.True(
            (error.File, error.Line, error.Column) == (file, line, column) && error.Message.Contains(words, StringComparison.Ordinal),
            $"{problem}: expected {file}:{line}:{column} with \"{words}\", got {error.Message}");
        Assert.StartsWith($"{file}:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_error_naming_the_file()
    {
        var error = HouseRuleHost.LoadError(("house/empty.yaml", "# nothing yet\n"));

        Assert.Equal("house/empty.yaml: the file is empty", error.Message);
    }

    [Fact]
    public void An_id_may_be_defined_once_across_packs()
    {
        var error = Assert.Throws<RuleFileException>(() => HealthLint.Rules.Loading.HouseRulePacks.LoadWithBuiltIn(
            [[("pharmacy/ph001.yaml", Valid)], [("clinic/no-miracles.yaml", Valid.Replace("NoMiracleWords", "NoMiracles", StringComparison.Ordinal))]]));

        Assert.Equal("clinic/no-miracles.yaml:1:5: duplicate rule id 'PH001': pharmacy/ph001.yaml defines it too", error.Message);
    }

    [Fact]
    public void A_pack_that_loads_adds_its_rules_to_the_built_in_ones()
    {
        var rules = HouseRuleHost.Load(("house/ph001.yaml", Valid));

        Assert.Equal(["HL001", "HL002", "HL003", "HL900", "HL901", "PH001"], rules.Descriptors.Select(d => d.Id));
    }
}
