namespace HealthLint.Tests.Findings;

/// <summary>
/// Findings land on the exact source region through emphasis, links, entities, inline tags, &lt;br&gt;, soft line
/// breaks, tabs and non-ASCII text — and still do when the file has CRLF line endings or a byte order mark.
/// </summary>
public class FindingFixtureTests
{
    public static TheoryData<string> Fixtures() => new(FindingFixture.Names);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FindingsAreWhereTheFixtureSays(string name)
    {
        var fixture = Load(name, out var format);
        Assert.NotEmpty(fixture.Expectations);
        Assert.Empty(fixture.Compare(fixture.Text, format));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CrlfLineEndingsKeepTheSameRegions(string name)
    {
        var fixture = Load(name, out var format);
        Assert.Empty(fixture.Compare(fixture.Text.Replace("\n", "\r\n", StringComparison.Ordinal), format));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void AByteOrderMarkIsNotAColumn(string name)
    {
        var fixture = Load(name, out var format);
        Assert.Empty(fixture.Compare("\uFEFF" + fixture.Text, format));
    }

    private static FindingFixture Load(string name, out DocumentFormat format)
    {
        Assert.True(DocumentFormats.TryFromPath(name, out format), name);
        return FindingFixture.Load(name);
    }
}
