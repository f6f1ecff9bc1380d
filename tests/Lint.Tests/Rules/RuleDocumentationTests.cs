using System.Text.RegularExpressions;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Rules;

/// <summary>Every rule documents what it catches, why, a failing and a passing example and the fix; and the examples do what they say.</summary>
public partial class RuleDocumentationTests
{
    private static readonly Linter Linter = new();

    public static TheoryData<string> RuleIds() => new(Linter.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HelpHasEverySection(string id)
    {
        var help = Rule(id).HelpMarkdown;
        foreach (var section in new[] { "## What it catches", "## Why", "## Example that fails", "## Example that passes", "## How to fix" })
        {
            Assert.Contains(section, help, StringComparison.Ordinal);
        }

        Assert.NotNull(Rule(id).HelpUri);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheFailingExampleFailsAndThePassingOnePasses(string id)
    {
        var help = Rule(id).HelpMarkdown;
        Assert.True(RuleProbe.Fires(Example(help, "Example that fails"), id), "the failing example of " + id);
        Assert.False(RuleProbe.Fires(Example(help, "Example that passes"), id), "the passing example of " + id);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheDocsPageIsGeneratedFromTheDescriptor(string id)
    {
        Assert.NotNull(RepositoryRoot.Path);
        var page = Path.Combine(RepositoryRoot.Path!, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing; run: dotnet run --project src/Lint.Cli -- rules --docs docs/rules");
        Assert.True(
            RuleDocumentation.Render(Rule(id)) == File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"{page} is out of date; run: dotnet run --project src/Lint.Cli -- rules --docs docs/rules");
    }

    private static RuleDescriptor Rule(string id) => Linter.Rules.Single(r => r.Id == id);

    private static string Example(string help, string heading)
    {
        var match = Regex.Match(help, "## " + heading + @"\s+```\w*\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "no code block under " + heading);
        return match.Groups["code"].Value;
    }
}
