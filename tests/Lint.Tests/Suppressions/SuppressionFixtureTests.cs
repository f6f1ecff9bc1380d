namespace HealthLint.Tests.Suppressions;

/// <summary>
/// Every directive form, in Markdown and in HTML, suppresses exactly the findings its fixture marks, with the
/// reason written after <c>--</c>; unused directives are reported as HL900 and malformed ones as HL901, and the
/// findings a malformed directive was meant for stay active.
/// </summary>
public class SuppressionFixtureTests
{
    public static TheoryData<string> Fixtures() => new(SuppressionFixture.Names);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Findings_are_suppressed_as_the_fixture_says(string name)
    {
        var fixture = SuppressionFixture.Load(name);
        Assert.NotEmpty(fixture.Expectations);

        var result = new Linter().Lint(fixture.Text, fixture.Format, name);

        Assert.Empty(fixture.Compare(result.Findings));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Crlf_line_endings_suppress_the_same_findings(string name)
    {
        var fixture = SuppressionFixture.Load(name);

        var result = new Linter().Lint(fixture.Text.Replace("\n", "\r\n", StringComparison.Ordinal), fixture.Format, name);

        Assert.Empty(fixture.Compare(result.Findings));
    }

    [Theory]
    [InlineData("forms")]
    [InlineData("file")]
    [InlineData("every-rule")]
    [InlineData("unused")]
    [InlineData("invalid")]
    public void Each_fixture_exists_in_both_formats(string stem)
    {
        Assert.Contains(stem + ".md", SuppressionFixture.Names);
        Assert.Contains(stem + ".html", SuppressionFixture.Names);
    }

    [Fact]
    public void Fixtures_cover_every_directive_keyword()
    {
        var text = string.Concat(SuppressionFixture.Names.Select(n => SuppressionFixture.Load(n).Text)).ToLowerInvariant();

        Assert.All(
            new[] { "healthlint-disable ", "healthlint-enable ", "healthlint-disable-line ", "healthlint-disable-next-line ", "healthlint-disable-file " },
            keyword => Assert.Contains("<!-- " + keyword, text, StringComparison.Ordinal));
    }
}
