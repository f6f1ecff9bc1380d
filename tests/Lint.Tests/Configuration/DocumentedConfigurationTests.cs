using System.Text.RegularExpressions;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Configuration;

/// <summary>
/// The publisher's configuration in docs/configuration.md does what the page's table says, file by file: the page's
/// YAML and table are read from the page itself, so the documentation cannot drift from the behaviour.
/// </summary>
public sealed partial class DocumentedConfigurationTests : IDisposable
{
    private const string MiracleRule = """
        id: ACME001
        name: NoMiracleProducts
        title: Do not call a product a miracle
        kind: phrase
        severity: error
        message: '"{0}" calls a product a miracle.'
        help: Say what the product does.
        patterns: [miracle]
        """;

    private const string Article = "# Hay fever\n\nVitamin C is guaranteed to cure colds. This miracle pill works.\n";

    private static readonly string[] RuleColumns = ["HL001", "HL002", "HL003", "ACME001"];

    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Page => File.ReadAllText(Path.Combine(RepositoryRoot.Path!, "docs", "configuration.md"));

    private static string PublisherConfiguration =>
        YamlBlock().Matches(Page).Select(m => m.Groups[1].Value).Single(yaml => yaml.Contains("rulePacks: [healthlint-rules]", StringComparison.Ordinal));

    /// <summary>The rows of the table under "A file is then linted as follows": file, then the cell for each rule.</summary>
    private static IReadOnlyList<string[]> Table()
    {
        var section = Page[Page.IndexOf("A file is then linted as follows", StringComparison.Ordinal)..];
        return section.Split('\n')
            .SkipWhile(line => !line.StartsWith("| File", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray())
            .ToArray();
    }

    /// <summary>What a cell says the file is reported with: a severity, nothing, or that the file is not linted.</summary>
    private static string? Expected(string cell) => cell switch
    {
        "off" or "nothing reported" => null,
        _ when cell.StartsWith("error", StringComparison.Ordinal) => "error",
        _ when cell.StartsWith("warning", StringComparison.Ordinal) => "warning",
        _ when cell.StartsWith("note", StringComparison.Ordinal) => "note",
        _ => throw new InvalidOperationException($"unexpected cell '{cell}'"),
    };

    private void WritePublisherRepository(IEnumerable<string> files)
    {
        Assert.NotNull(RepositoryRoot.Path);
        _folder.Write(".healthlint.yaml", PublisherConfiguration);
        _folder.Write("healthlint-rules/ACME001.yaml", MiracleRule);
        foreach (var file in files)
        {
            _folder.Write(file, file.EndsWith(".html", StringComparison.Ordinal) ? "<h1>Hay fever</h1>\n<p>Vitamin C is guaranteed to cure colds. This miracle pill works.</p>\n" : Article);
        }
    }

    [Fact]
    public void The_publishers_configuration_lints_each_file_as_the_table_says()
    {
        var table = Table();
        Assert.True(table.Count >= 7, $"{table.Count} rows");
        WritePublisherRepository(table.Select(row => row[0]));

        var findings = _folder.Findings();

        var expected = new List<string>();
        foreach (var row in table.Where(r => r[1] != "not linted"))
        {
            for (var i = 0; i < RuleColumns.Length; i++)
            {
                if (Expected(row[i + 1]) is { } severity)
                {
                    expected.Add($"{row[0]} {RuleColumns[i]} {severity}");
                }
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_approved_sentences_pass_and_the_press_offices_only_in_press_releases()
    {
        WritePublisherRepository([]);
        const string approved = "Ask an Acme pharmacist or your doctor before you start, stop or change a medicine.";
        const string press = "Acme Pharmacy press releases are not medical advice; patients should speak to a pharmacist or doctor.";
        _folder.Write("blog/approved.md", "# Sleep\n\nSleep matters.\n\n" + approved + "\n");
        _folder.Write("blog/press.md", "# Sleep\n\nSleep matters.\n\n" + press + "\n");
        _folder.Write("press/releases/approved.md", "# Stores\n\nTen new stores.\n\n" + approved + "\n");
        _folder.Write("press/releases/press.md", "# Stores\n\nTen new stores.\n\n" + press + "\n");

        Assert.Equal(["blog/press.md HL001 error"], _folder.Findings());
    }

    [Fact]
    public void The_blog_teams_configuration_extends_the_root_one_and_makes_claims_errors()
    {
        WritePublisherRepository(["blog/2025/hay-fever.md", "shop/guides/sunscreen.md"]);
        var blog = YamlBlock().Matches(Page).Select(m => m.Groups[1].Value).Single(yaml => yaml.StartsWith("extends: ../.healthlint.yaml", StringComparison.Ordinal));
        _folder.Write("blog/.healthlint.yaml", blog);
        _folder.Write("blog/drafts/new.md", Article);

        Assert.Equal(
            [
                "blog/2025/hay-fever.md HL001 error", "blog/2025/hay-fever.md HL002 error", "blog/2025/hay-fever.md HL003 error", "blog/2025/hay-fever.md ACME001 error",
                "shop/guides/sunscreen.md HL001 error", "shop/guides/sunscreen.md HL002 error", "shop/guides/sunscreen.md HL003 warning", "shop/guides/sunscreen.md ACME001 error",
            ],
            _folder.Findings());
    }

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
