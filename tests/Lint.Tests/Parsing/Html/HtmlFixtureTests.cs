using HealthLint.Documents;
using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Runs the HTML fixtures: each holds its expectations as comments beside the text they are about.</summary>
public class HtmlFixtureTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureFolder, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_is_a_fixture_for_every_construct_family()
    {
        var names = Directory.GetFiles(FixtureFolder, "*.html").Select(Path.GetFileName).ToList();
        Assert.True(names.Count >= 13, $"only {names.Count} fixtures");
        Assert.Contains("crlf.crlf.html", names);
        Assert.Contains("cr-only.cr.html", names);
    }

    [Fact]
    public void Line_ending_fixtures_keep_their_bytes()
    {
        var crlf = File.ReadAllText(Path.Combine(FixtureFolder, "crlf.crlf.html"));
        var cr = File.ReadAllText(Path.Combine(FixtureFolder, "cr-only.cr.html"));
        Assert.Contains("\r\n", crlf, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", crlf.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\r", cr, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", cr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_expectations_hold(string fixture)
    {
        var source = File.ReadAllText(Path.Combine(FixtureFolder, fixture));
        var document = HtmlReader.Read(source);
        var expectations = FixtureExpectation.Parse(source);
        Assert.NotEmpty(expectations);
        var failures = new List<string>();
        foreach (var expectation in expectations)
        {
            var failure = expectation.Verb switch
            {
                "expect" => CheckVisible(document, expectation),
                "expect-not" => CheckAbsent(document, expectation),
                "expect-hidden" => CheckHidden(document, expectation),
                _ => $"unknown verb {expectation.Verb}",
            };
            if (failure is not null)
            {
                failures.Add($"{expectation}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures) + Environment.NewLine + Describe(document));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_text_maps_back_to_the_source(string fixture)
    {
        var document = HtmlReader.Read(File.ReadAllText(Path.Combine(FixtureFolder, fixture)));
        Assert.NotEmpty(document.Blocks);
        SourceMapAssert.MapsIntoSource(document);
    }

    private static string? CheckVisible(Document document, FixtureExpectation expectation)
    {
        var hits = document.Blocks
            .SelectMany(block => Occurrences(block.Text, expectation.Phrase).Select(at => (block.Text, block.Map, at)))
            .ToList();
        return hits.Count switch
        {
            0 => "not found in any block",
            > 1 => $"found {hits.Count} times; a fixture phrase must be unique",
            _ => CheckRegion(document, hits[0].Map, hits[0].at, expectation),
        };
    }

    private static string? CheckAbsent(Document document, FixtureExpectation expectation)
    {
        var block = document.Blocks.FirstOrDefault(b => b.Text.Contains(expectation.Phrase, StringComparison.Ordinal));
        return block is null ? null : $"found in block \"{block.Text}\"";
    }

    private static string? CheckHidden(Document document, FixtureExpectation expectation)
    {
        var hidden = document.Hidden.FirstOrDefault(h => h.Reason == expectation.Reason && h.Text.Contains(expectation.Phrase, StringComparison.Ordinal));
        if (hidden is null)
        {
            return $"no {expectation.Reason} hidden text holds it";
        }

        return CheckRegion(document, hidden.Map, hidden.Text.IndexOf(expectation.Phrase, StringComparison.Ordinal), expectation);
    }

    private static string? CheckRegion(Document document, SourceMap map, int at, FixtureExpectation expectation)
    {
        if (expectation.Region is not { } expected)
        {
            return null;
        }

        var (start, end) = map.Map(at, at + expectation.Phrase.Length);
        var actual = document.Lines.Region(start, end);
        return actual == expected ? null : $"maps to {actual} ('{document.Source[start..end]}'), expected {expected}";
    }

    private static IEnumerable<int> Occurrences(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string Describe(Document document) =>
        string.Join(Environment.NewLine, document.Blocks.Select(b => $"  [{b.Kind}] {b.Text.Replace("\n", "\\n", StringComparison.Ordinal)}"));
}
