using System.Text.Json;
using System.Text.RegularExpressions;
using HealthLint.Cli;
using HealthLint.Configuration;
using HealthLint.Tests.Support;
using Json.Schema;

namespace HealthLint.Tests.Configuration;

/// <summary>
/// schema/healthlint.schema.json, which editors validate .healthlint.yaml with: it is a valid schema, it names the
/// keys the reader accepts, and the starter file and the documented examples satisfy it while wrong files do not.
/// </summary>
public sealed partial class ConfigurationSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static string SchemaPath => Path.Combine(Root, "schema", "healthlint.schema.json");

    private static string Root => RepositoryRoot.Path ?? throw new InvalidOperationException("the tests run outside a checkout");

    private static bool IsValid(string yaml)
    {
        using var instance = JsonDocument.Parse(YamlToJson.Convert(yaml)!.ToJsonString());
        return Schema.Value.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Fact]
    public void The_schema_is_json_and_a_draft_2020_12_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(StarterConfiguration.SchemaUri, schema.RootElement.GetProperty("$id").GetString());
        Assert.NotNull(Schema.Value);
    }

    [Fact]
    public void The_schema_names_exactly_the_top_level_keys_the_reader_accepts_and_no_others()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(ConfigurationReader.Keys.Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_starter_configuration_satisfies_the_schema()
    {
        Assert.True(IsValid(StarterConfiguration.Text(new Linter())));
    }

    [Fact]
    public void The_starter_configuration_with_its_examples_uncommented_uses_every_key_and_satisfies_the_schema()
    {
        // The commented HL001 mapping replaces the line that sets HL001's severity alone.
        var lines = StarterConfiguration.Text(new Linter()).Split('\n')
            .Where(line => !line.StartsWith("  HL001: ", StringComparison.Ordinal))
            .Select(line => CommentedYaml().Replace(line, "$1"))
            .ToArray();
        var yaml = string.Join('\n', lines);

        var json = YamlToJson.Convert(yaml)!.AsObject();

        Assert.Equal(ConfigurationReader.Keys.Order(StringComparer.Ordinal), json.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(IsValid(yaml), yaml);
    }

    [Fact]
    public void Every_yaml_example_in_the_configuration_docs_satisfies_the_schema()
    {
        var examples = YamlBlocks(File.ReadAllText(Path.Combine(Root, "docs", "configuration.md")));

        Assert.True(examples.Count >= 8, $"{examples.Count} examples");
        Assert.All(examples, example => Assert.True(IsValid(example), example));
    }

    [Theory]
    [InlineData("rulez: {}")]
    [InlineData("rules:\n  HL001: fatal")]
    [InlineData("rules:\n  HL001:\n    level: error")]
    [InlineData("rules:\n  HL001:\n    options:\n      wording: []")]
    [InlineData("rules:\n  HL001:\n    options:\n      providedByTemplate: sometimes")]
    [InlineData("rules: [HL001]")]
    [InlineData("overrides:\n  - rules:\n      HL002: off")]
    [InlineData("overrides:\n  - files: [\"press/**\"]\n    rule: {}")]
    [InlineData("include: [\"!drafts/**\"]")]
    [InlineData("include: [\"../other/**\"]")]
    [InlineData("exclude: [\"press/[ab].md\"]")]
    [InlineData("include: []")]
    [InlineData("extends: 5")]
    public void A_wrong_configuration_fails_the_schema_as_it_fails_to_load(string yaml)
    {
        Assert.False(IsValid(yaml), yaml);
        using var folder = new TemporaryDirectory();
        var path = folder.Write(".healthlint.yaml", yaml + "\n");
        Assert.ThrowsAny<ConfigurationException>(() => LintConfiguration.Load(path));
    }

    private static List<string> YamlBlocks(string markdown) =>
        YamlBlock().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"^(\s*)# (?=\s*(?:[A-Za-z0-9]+:|- ))")]
    private static partial Regex CommentedYaml();
}
