namespace HealthLint.Tests.HouseRules;

/// <summary>
/// Kind <c>required-metadata</c>, linted on 2025-06-15: <c>reviewed</c> must be a date at most 12 months old,
/// <c>author</c> must name someone (two words), and <c>description</c> (or <c>summary</c>) must be there.
/// </summary>
public class RequiredMetadataRuleTests
{
    private const string Rule = """
        id: PH003
        name: ReviewRecorded
        title: Articles record their review
        kind: required-metadata
        severity: error
        message: "The '{0}' field {1}."
        help: Add the field to the front matter.
        fields:
          - name: reviewed
            maxAgeMonths: 12
          - name: author
            pattern: '^\w+(?:[ .-]+\w+)+$'
            message: "Name the author in full: '{0}' {1}."
          - name: [description, summary]

        """;

    public static TheoryData<string, string[]> Markdown => new()
    {
        { "---\nreviewed: 2025-01-10\nauthor: Ana Lopez\ndescription: Hay fever.\n---\n\n# Hay fever\n", [] },
        { "---\nreviewed: 2024-06-15\nauthor: Ana Lopez\nsummary: Hay fever.\n---\nText.\n", [] },
        { "---\nreviewed: 2025-01-10T09:30:00Z\nauthor: Dr. Ana Lopez\ndescription: x\n---\nText.\n", [] },
        {
            "---\nauthor: Ana Lopez\ndescription: Hay fever.\n---\nText.\n",
            ["1:1-1:4 The 'reviewed' field is missing."]
        },
        {
            "---\nreviewed: 2024-06-14\nauthor: Ana Lopez\ndescription: Hay fever.\n---\nText.\n",
            ["2:1-2:21 The 'reviewed' field is 2024-06-14, more than 12 months ago."]
        },
        {
            "---\nreviewed: last spring\nauthor: Ana Lopez\ndescription: Hay fever.\n---\nText.\n",
            ["2:1-2:22 The 'reviewed' field is 'last spring', which is not a date written as YYYY-MM-DD."]
        },
        {
            "---\nreviewed: 2025-02-30\nauthor: Ana Lopez\ndescription: Hay fever.\n---\nText.\n",
            ["2:1-2:21 The 'reviewed' field is '2025-02-30', which is not a date written as YYYY-MM-DD."]
        },
        {
            "---\nreviewed: 2025-01-10\nauthor: admin\ndescription: Hay fever.\n---\nText.\n",
            [@"3:1-3:14 Name the author in full: 'author' is 'admin', which does not match '^\w+(?:[ .-]+\w+)+$'."]
        },
        {
            "---\nreviewed: 2025-01-10\nauthor: ''\ndescription: Hay fever.\n---\nText.\n",
            ["3:1-3:11 Name the author in full: 'author' is empty."]
        },
        {
            "# Hay fever\n\nNo front matter at all.\n",
            ["1:1-1:12 Name the author in full: 'author' is missing.", "1:1-1:12 The 'description' field is missing.", "1:1-1:12 The 'reviewed' field is missing."]
        },
    };

    public static TheoryData<string, string[]> Html => new()
    {
        {
            "<html><head><title>Hay fever</title>\n<meta name=\"reviewed\" content=\"2025-03-01\">\n<meta name=\"author\" content=\"Ana Lopez\">\n<meta name=\"description\" content=\"x\"></head><body><p>Text.</p></body></html>",
            []
        },
        {
            "<html><head><title>Hay fever</title>\n<meta name=\"reviewed\" content=\"2023-03-01\">\n<meta name=\"author\" content=\"Ana Lopez\">\n<meta name=\"description\" content=\"x\"></head><body><p>Text.</p></body></html>",
            ["2:1-2:44 The 'reviewed' field is 2023-03-01, more than 12 months ago."]
        },
        {
            "<html><head><title>Hay fever</title>\n<meta name=\"author\" content=\"Ana Lopez\">\n<meta name=\"description\" content=\"x\"></head><body><p>Text.</p></body></html>",
            ["1:1-1:37 The 'reviewed' field is missing."]
        },
    };

    [Theory]
    [MemberData(nameof(Markdown))]
    public void Markdown_front_matter(string article, string[] expected) =>
        Assert.Equal(expected, Describe(HouseRuleHost.Lint(Rule, article)));

    [Theory]
    [MemberData(nameof(Html))]
    public void Html_meta_tags(string article, string[] expected) =>
        Assert.Equal(expected, Describe(HouseRuleHost.Lint(Rule, article, DocumentFormat.Html)));

    [Theory]
    [InlineData("2025-06-15", true)]
    [InlineData("2025-06-15T23:59:59+02:00", true)]
    [InlineData("2025-06-15 08:00", true)]
    [InlineData("2025-6-15", false)]
    [InlineData("15/06/2025", false)]
    [InlineData("2025-06-15x", false)]
    [InlineData("2025-13-01", false)]
    public void Dates_are_written_as_in_ISO_8601(string value, bool isDate) =>
        Assert.Equal(isDate, HealthLint.Rules.Kinds.RequiredMetadataRule.TryParseDate(value, out _));

    private static string[] Describe(IReadOnlyList<Finding> findings) =>
        findings.Select(f => $"{f.Region} {f.Message}").ToArray();
}
