namespace HealthLint.Tests.Configuration;

/// <summary>
/// HL001's options: <c>wording</c> requires one of the publisher's own disclaimer sentences (case, punctuation and
/// spacing aside) instead of any disclaimer; <c>providedByTemplate</c> says the site template shows it.
/// </summary>
public sealed class DisclaimerOptionsTests : IDisposable
{
    private const string Wording = """
        rules:
          HL001:
            options:
              wording:
                - This article is general information from Acme Pharmacy and does not replace advice from your pharmacist.
                - Ask an Acme pharmacist before you start a new medicine.
        """;

    private const string Body = "# Hay fever\n\nHay fever is common in spring.\n\n";

    private readonly ConfiguredFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<Finding> Hl001(string configuration, string relativePath, string text)
    {
        _folder.Write(".healthlint.yaml", configuration);
        _folder.Write(relativePath, text);
        return _folder.Lint(null, relativePath).Files.Single().Findings.Where(f => f.RuleId == "HL001").ToArray();
    }

    [Theory]
    [InlineData("This article is general information from Acme Pharmacy and does not replace advice from your pharmacist.")]
    [InlineData("this article is GENERAL information from Acme Pharmacy, and does not replace advice from your pharmacist")]
    [InlineData("*This article* is general information from [Acme Pharmacy](https://acme.example) and does not\nreplace advice from your pharmacist.")]
    [InlineData("Ask an Acme pharmacist before you start a new medicine.")]
    [InlineData("Questions? Ask an Acme pharmacist before you start a new medicine. We are open every day.")]
    public void One_of_the_publishers_sentences_in_the_visible_text_passes(string disclaimer)
    {
        Assert.Empty(Hl001(Wording, "a.md", Body + disclaimer + "\n"));
    }

    [Theory]
    [InlineData("This article is general information and is not a substitute for professional medical advice, diagnosis or treatment.")]
    [InlineData("Ask an Acme pharmacist before you start a new medicines.")]
    [InlineData("Ask an Acme pharmacist before you start a new")]
    [InlineData("Ask a pharmacist before you start a new medicine.")]
    public void Any_other_disclaimer_fails_and_the_message_quotes_the_first_wording(string closing)
    {
        var finding = Assert.Single(Hl001(Wording, "a.md", Body + closing + "\n"));

        Assert.Equal(1, finding.Region.StartLine);
        Assert.Equal(
            "The publisher's medical disclaimer was not found; add it to the visible text of the page: "
            + "\"This article is general information from Acme Pharmacy and does not replace advice from your pharmacist.\"",
            finding.Message);
    }

    [Fact]
    public void The_wording_in_an_html_comment_is_reported_where_it_is_hidden()
    {
        var finding = Assert.Single(Hl001(Wording, "a.html", "<h1>Hay fever</h1>\n<p>Hay fever is common.</p>\n<!-- Ask an Acme pharmacist before you start a new medicine. -->\n"));

        Assert.Equal(3, finding.Region.StartLine);
        Assert.Equal(6, finding.Region.StartColumn);
        Assert.Contains("comment", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_wording_may_be_given_as_text()
    {
        const string configuration = "rules:\n  HL001:\n    options:\n      wording: Ask an Acme pharmacist before you start a new medicine.\n";

        Assert.Empty(Hl001(configuration, "a.md", Body + "Ask an Acme pharmacist before you start a new medicine.\n"));
        Assert.Single(Hl001(configuration, "b.md", ConfiguredFolder.GenericDisclaimer));
    }

    [Fact]
    public void Provided_by_template_reports_no_missing_disclaimer_for_the_files_it_covers()
    {
        const string configuration = """
            overrides:
              - files: ["shop/**"]
                excludeFiles: ["shop/guides/**"]
                rules:
                  HL001:
                    options:
                      providedByTemplate: true
            """;
        _folder.Write(".healthlint.yaml", configuration);
        _folder.Write("shop/cream.md", "# Hand cream\n\nA rich cream for dry hands.\n");
        _folder.Write("shop/guides/eczema.md", "# Eczema\n\nEczema makes skin dry.\n");
        _folder.Write("blog/sun.md", "# Sun\n\nWear a hat.\n");

        Assert.Equal(["blog/sun.md HL001 error", "shop/guides/eczema.md HL001 error"], _folder.Findings());
    }

    [Fact]
    public void Provided_by_template_false_keeps_the_rule_as_it_is()
    {
        Assert.Single(Hl001("rules:\n  HL001:\n    options:\n      providedByTemplate: false\n", "a.md", Body));
    }

    [Fact]
    public void An_override_adds_wordings_for_one_section()
    {
        _folder.Write(".healthlint.yaml", Wording + """

            overrides:
              - files: ["press/**"]
                rules:
                  HL001:
                    options:
                      wording: ["For medical questions, journalists may contact our chief pharmacist."]
            """);
        const string pressWording = "For medical questions, journalists may contact our chief pharmacist.";
        const string siteWording = "Ask an Acme pharmacist before you start a new medicine.";
        _folder.Write("press/release.md", "# Results\n\nAcme opens ten stores. " + pressWording + "\n");
        _folder.Write("press/stores.md", "# Stores\n\n" + siteWording + "\n");
        _folder.Write("blog/site.md", Body + siteWording + "\n");
        _folder.Write("blog/press.md", Body + pressWording + "\n");

        // A list given as an option adds to the list set before it, so both sentences count in press/.
        Assert.Equal(["blog/press.md HL001 error"], _folder.Findings().Where(f => f.Contains("HL001", StringComparison.Ordinal)));
    }
}
