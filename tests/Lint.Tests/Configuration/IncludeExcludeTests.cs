using HealthLint.Configuration;

namespace HealthLint.Tests.Configuration;

/// <summary>Which files a configuration lints: those its <c>include</c> globs match (all when none), minus those <c>exclude</c> matches.</summary>
public sealed class IncludeExcludeTests : IDisposable
{
    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("", new[] { "archive/old.md", "blog/a.md", "blog/drafts/d.md", "press/p.html", "shop/s.md" })]
    [InlineData("include: [\"blog/**\"]", new[] { "blog/a.md", "blog/drafts/d.md" })]
    [InlineData("include: blog", new[] { "blog/a.md", "blog/drafts/d.md" })]
    [InlineData("include: [\"blog/\", \"shop/\"]", new[] { "blog/a.md", "blog/drafts/d.md", "shop/s.md" })]
    [InlineData("include: [\"*/*.md\"]", new[] { "archive/old.md", "blog/a.md", "shop/s.md" })]
    [InlineData("include: [\"**/*.html\"]", new[] { "press/p.html" })]
    [InlineData("include: [\"{blog,press}/**\"]", new[] { "blog/a.md", "blog/drafts/d.md", "press/p.html" })]
    [InlineData("exclude: [\"archive/**\", \"blog/drafts\"]", new[] { "blog/a.md", "press/p.html", "shop/s.md" })]
    [InlineData("include: [\"blog/**\"]\nexclude: [\"**/drafts/**\"]", new[] { "blog/a.md" })]
    [InlineData("exclude: [\"**\"]", new string[0])]
    public void Include_and_exclude_pick_the_files_linted(string configuration, string[] linted)
    {
        _folder.Write(".healthlint.yaml", configuration + "\n");
        foreach (var file in new[] { "archive/old.md", "blog/a.md", "blog/drafts/d.md", "press/p.html", "shop/s.md" })
        {
            _folder.Write(file, ConfiguredFolder.GenericDisclaimer);
        }

        var result = _folder.Lint();

        Assert.Empty(result.Errors);
        Assert.Equal(linted, result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Globs_are_relative_to_the_folder_of_the_configuration_that_applies()
    {
        _folder.Write("site/.healthlint.yaml", "exclude: [\"drafts/**\"]\n");
        _folder.Write("site/drafts/a.md", ConfiguredFolder.GenericDisclaimer);
        _folder.Write("site/b.md", ConfiguredFolder.GenericDisclaimer);
        _folder.Write("drafts/c.md", ConfiguredFolder.GenericDisclaimer);

        Assert.Equal(["drafts/c.md", "site/b.md"], _folder.Lint().Files.Select(f => f.Path));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_still_left_out_when_excluded()
    {
        _folder.Write(".healthlint.yaml", "exclude: archive\n");
        _folder.Write("archive/old.md", ConfiguredFolder.BreaksEveryRule);

        var result = _folder.Lint(null, "archive/old.md");

        Assert.Empty(result.Files);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Extending_files_replace_include_and_exclude_when_they_give_them()
    {
        _folder.Write("base.yaml", "include: [\"blog/**\"]\nexclude: [\"blog/drafts/**\"]\n");
        _folder.Write(".healthlint.yaml", "extends: base.yaml\ninclude: [\"blog/**\", \"shop/**\"]\n");

        var configuration = LintConfiguration.Load(_folder.Combine(".healthlint.yaml"));

        Assert.Equal(["blog/**", "shop/**"], configuration.Include);
        Assert.Equal(["blog/drafts/**"], configuration.Exclude);
        Assert.True(configuration.Includes(_folder.Combine("shop/a.md")));
        Assert.False(configuration.Includes(_folder.Combine("blog/drafts/a.md")));
        Assert.False(configuration.Includes(_folder.Combine("press/a.md")));
    }

    [Theory]
    [InlineData("press/**", "*.md", null)]
    [InlineData("!press/**", null, "negated globs are not supported")]
    [InlineData("/press/**", null, "relative to the folder of the configuration file")]
    [InlineData("press\\\\a.md", null, "forward slashes")]
    [InlineData("press/?.md", null, "'?' and '[...]' are not supported")]
    [InlineData("press/[ab].md", null, "'?' and '[...]' are not supported")]
    [InlineData("../press/**", null, "'..' is not allowed")]
    [InlineData("press/**.md", null, "'**' must be a whole path segment")]
    [InlineData("{press,blog/**", null, "'{' without '}'")]
    [InlineData("press}/**", null, "'}' without '{'")]
    [InlineData("{a,{b,c}}/**", null, "may not be nested")]
    [InlineData("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md", null, "more than 1,024 globs")]
    [InlineData("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md", null, null)]
    [InlineData("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md", null, "more than 1,024 globs")]
    [InlineData("{..,docs}/**", null, "'..' is not allowed")]
    [InlineData("{/etc,docs}/**", null, "relative to the folder of the configuration file")]
    [InlineData("{docs,press/**.md}", null, "'**' must be a whole path segment")]
    [InlineData("{,}", null, "leaves a glob empty")]
    [InlineData("docs/{,drafts/}*.md", null, null)]
    public void Globs_that_would_silently_match_nothing_are_errors(string include, string? exclude, string? problem)
    {
        _folder.Write(".healthlint.yaml", $"include: [\"{include}\"]\n" + (exclude is null ? "" : $"exclude: [\"{exclude}\"]\n"));

        if (problem is null)
        {
            Assert.Equal([include], LintConfiguration.Load(_folder.Combine(".healthlint.yaml")).Include);
            return;
        }

        var error = _folder.LoadError(".healthlint.yaml");
        Assert.Equal((1, 11), (error.Line, error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("press", new[] { "press", "press/**" })]
    [InlineData("press/", new[] { "press/**" })]
    [InlineData("./press/*.md", new[] { "press/*.md" })]
    [InlineData("{press,blog}/*.{md,html}", new[] { "press/*.md", "blog/*.md", "press/*.html", "blog/*.html" })]
    public void A_folder_name_also_matches_everything_below_it_and_braces_expand(string pattern, string[] expanded)
    {
        Assert.Equal(expanded.Order(StringComparer.Ordinal), GlobList.Expand(pattern).Order(StringComparer.Ordinal));
    }
}
