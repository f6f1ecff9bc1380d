using HealthLint.Documents;
using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>
/// Runs the Markdown fixtures: each phrase an expectation comment names is looked up in the extracted block text
/// (not in the source) and its mapped source region must be the one written beside it.
/// </summary>
public class MarkdownFixtureTests
{
    public static IEnumerable<object[]> Fixtures() => MarkdownFixtures.NamesData();

    [Fact]
    public void Every_construct_family_has_a_fixture()
    {
        string[] families =
        [
            "emphasis-links.md", "entities-escapes.md", "line-breaks.md", "line-endings-crlf.md", "line-endings-cr.md",
            "tabs.md", "unicode.md", "tables.md", "lists-quotes.md", "footnotes.md", "front-matter.md", "excluded.md",
        ];

        Assert.Subset(MarkdownFixtures.Names().ToHashSet(), families.ToHashSet());
    }

    [Fact]
    public void Line_ending_fixtures_keep_their_line_endings()
    {
        var crlf = MarkdownFixtures.Load("line-endings-crlf.md");
        var cr = MarkdownFixtures.Load("line-endings-cr.md");

        Assert.Contains("\r\n", crlf, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", crlf.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\r", cr, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", cr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_meets_its_expectations(string name)
    {
        var source = MarkdownFixtures.Load(name);
        var expectations = MarkdownFixtures.Expectations(source);
        Assert.NotEmpty(expectations);

        var document = MarkdownReader.Read(source);
        var failures = new List<string>();
        foreach (var expectation in expectations)
        {
            var failure = Check(document, expectation);
            if (failure is not null)
            {
                failures.Add($"{name} {expectation}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures) + Environment.NewLine + Describe(document));
    }

    [Fact]
    public void Expectation_comments_are_read_with_their_regions_and_escapes()
    {
        var expectations = MarkdownFixtures.Expectations(
            "x\n<!-- expect \"a \\\"b\\\"\\n\" 3:12-4:2 -->\n<!-- expect-not \"secret text\" -->\n<!-- expect-hidden \"c\" Comment -->");

        Assert.Equal(3, expectations.Count);
        Assert.Equal(new FixtureExpectation(ExpectationKind.Present, "a \"b\"\n", null, new SourceRegion(3, 12, 4, 2), 2), expectations[0]);
        Assert.Equal(new FixtureExpectation(ExpectationKind.Absent, "secret text", null, null, 3), expectations[1]);
        Assert.Equal(new FixtureExpectation(ExpectationKind.Hidden, "c", "Comment", null, 4), expectations[2]);
    }

    [Fact]
    public void A_wrong_region_is_reported()
    {
        var document = MarkdownReader.Read("Some *guaranteed* text.");
        var expectation = new FixtureExpectation(ExpectationKind.Present, "guaranteed", null, new SourceRegion(1, 6, 1, 16), 1);

        Assert.Null(Check(document, expectation with { Region = new SourceRegion(1, 7, 1, 17) }));
        Assert.NotNull(Check(document, expectation));
        Assert.NotNull(Check(document, expectation with { Kind = ExpectationKind.Absent }));
        Assert.NotNull(Check(document, expectation with { Phrase = "missing" }));
    }

    /// <summary>Checks one expectation; returns what is wrong, or <see langword="null"/>.</summary>
    private static string? Check(Document document, FixtureExpectation expectation)
    {
        switch (expectation.Kind)
        {
            case ExpectationKind.Absent:
                var found = document.Blocks.FirstOrDefault(b => b.Text.Contains(expectation.Phrase, StringComparison.Ordinal));
                return found is null ? null : $"found in block \"{found.Text}\"";

            case ExpectationKind.Present:
                var hits = Occurrences(document.Blocks.Select(b => (b.Text, b.Map)), expectation.Phrase);
                return CheckHits(document, expectation, hits, "block text");

            default:
                var hidden = document.Hidden
                    .Where(h => h.Reason.ToString() == expectation.Reason && !h.Text.StartsWith("expect", StringComparison.Ordinal))
                    .Select(h => (h.Text, h.Map));
                return CheckHits(document, expectation, Occurrences(hidden, expectation.Phrase), $"hidden text ({expectation.Reason})");
        }
    }

    private static string? CheckHits(Document document, FixtureExpectation expectation, List<(SourceMap Map, int Index)> hits, string where)
    {
        if (hits.Count != 1)
        {
            return $"expected once in {where}, found {hits.Count} times";
        }

        if (expectation.Region is not { } expected)
        {
            return null;
        }

        var (map, index) = hits[0];
        var (start, end) = map.Map(index, index + expectation.Phrase.Length);
        var actual = document.Lines.Region(start, end);
        return actual == expected ? null : $"maps to {actual}";
    }

    private static List<(SourceMap Map, int Index)> Occurrences(IEnumerable<(string Text, SourceMap Map)> texts, string phrase)
    {
        var hits = new List<(SourceMap, int)>();
        foreach (var (text, map) in texts)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                hits.Add((map, at));
            }
        }

        return hits;
    }

    private static string Describe(Document document)
        => "Blocks:" + Environment.NewLine
            + string.Join(Environment.NewLine, document.Blocks.Select(b => $"  {b.Kind} [{b.Context}] \"{b.Text.Replace("\n", "\\n", StringComparison.Ordinal)}\""))
            + Environment.NewLine + "Hidden:" + Environment.NewLine
            + string.Join(Environment.NewLine, document.Hidden.Select(h => $"  {h.Reason} \"{h.Text.Replace("\n", "\\n", StringComparison.Ordinal)}\""));
}
