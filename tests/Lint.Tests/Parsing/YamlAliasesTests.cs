using HealthLint.Parsing;
using HealthLint.Tests.HouseRules;

namespace HealthLint.Tests.Parsing;

/// <summary>YAML whose aliases make a few lines stand for billions of values is refused before it is loaded.</summary>
public class YamlAliasesTests
{
    /// <summary>Nine aliases of nine aliases …, <paramref name="levels"/> deep, under <paramref name="indent"/>.</summary>
    private static string Laughs(int levels, string indent = "") =>
        string.Concat(Enumerable.Range(0, levels).Select(i => i == 0
            ? $"{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            : $"{indent}a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n"));

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(12, true)]
    public void Aliases_count_for_every_value_they_stand_for(int levels, bool tooLarge)
    {
        // Each alias adds the nodes its anchor stands for, less itself: 74,682 for 5 levels, 672,543 for 6.
        var found = YamlAliases.FindTooLarge(Laughs(levels));

        Assert.Equal(tooLarge, found is not null);
        if (found is { } mark)
        {
            Assert.Equal(6, mark.Line);
        }
    }

    [Fact]
    public void Values_written_out_are_not_limited_however_many()
    {
        var words = string.Join(", ", Enumerable.Range(0, 150_000).Select(i => $"w{i}"));

        Assert.Null(YamlAliases.FindTooLarge($"base: &b {{x: 1}}\nwords: [{words}]\nother: *b\n"));
    }

    [Theory]
    [InlineData("a: 1\nb: [x, y]\n")]
    [InlineData("base: &b {x: 1}\none: *b\ntwo: *b\n")]
    [InlineData("a: 'a * and & b'\n")]
    [InlineData("a: &a [1\nb: *a\n")]
    public void Yaml_without_large_expansions_or_that_does_not_parse_is_left_to_the_loader(string yaml)
    {
        Assert.Null(YamlAliases.FindTooLarge(yaml));
    }

    [Fact]
    public void A_rule_file_of_laughs_is_an_error_at_the_alias_that_passes_the_limit()
    {
        var error = HouseRuleHost.LoadError(("house/bomb.yaml", "id: HL999\nx-anchors:\n" + Laughs(10, "  ")));

        Assert.Equal(("house/bomb.yaml", 8), (error.File, error.Line));
        Assert.Contains("more than 100,000 values", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_file_the_yaml_parser_stops_on_without_saying_where_is_an_error_after_the_last_part_it_read()
    {
        var error = HouseRuleHost.LoadError(("house/broken.yaml", "id: HL999\nx: &a [1\nb: *a\n"));

        Assert.Equal(("house/broken.yaml", 2), (error.File, error.Line));
        Assert.Equal("invalid YAML after this point: the YAML parser cannot read on", error.Problem);
    }

    [Fact]
    public void A_front_matter_of_laughs_is_noted_and_its_metadata_skipped()
    {
        var document = MarkdownReader.Read("---\ntitle: Knee pain\n" + Laughs(12) + "---\nOur cream cures acne.\n");

        Assert.Contains(document.ReaderNotes, n => n.Contains("more than 100,000 values", StringComparison.Ordinal));
        Assert.Empty(document.Metadata);
        Assert.Equal("Our cream cures acne.", Assert.Single(document.Blocks).Text);
    }
}
