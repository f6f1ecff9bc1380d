using HealthLint.Parsing;
using HealthLint.Parsing.Markdown;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>
/// Paragraphs whose openers Markdig would search past to the paragraph's end, again and again, are read as plain text
/// once their <see cref="InlineScanBudget"/> is spent; every other paragraph reads as before.
/// </summary>
public class InlineScanBudgetTests
{
    private const string Spent = "were read as plain text from some point on";

    /// <summary>
    /// Openers with no closer, each of which makes Markdig search to the end of the paragraph: link destinations,
    /// link titles, HTML comments, tags, web addresses and schemes.
    /// </summary>
    public static TheoryData<string> Pathological() => ["[a](b", "[ (](", "x<!--", "<a href='", "(www.a", "(https://a"];

    [Theory]
    [MemberData(nameof(Pathological))]
    public void A_paragraph_of_openers_without_closers_is_read_with_a_note_and_maps_to_its_source(string opener)
    {
        var source = "Intro with a [link](https://a.example).\n\n" + string.Concat(Enumerable.Repeat(opener, 40_000)) + "\n\nAfter, a [second link](https://b.example).\n";

        var document = MarkdownReader.Read(source);

        var note = Assert.Single(document.ReaderNotes, n => n.Contains(Spent, StringComparison.Ordinal));
        Assert.Contains("the paragraph on line 3", note, StringComparison.Ordinal);
        Assert.Equal("Intro with a link.", document.Blocks[0].Text);
        Assert.Equal("After, a second link.", document.Blocks[^1].Text);
        Assert.Empty(MappingChecks.Problems(document));
    }

    [Fact]
    public void Only_the_paragraph_that_spends_its_budget_is_read_as_plain_text_and_only_from_that_point()
    {
        var links = string.Concat(Enumerable.Range(0, 20).Select(i => $"[l{i}](https://x.example/{i}) "));
        var source = links + string.Concat(Enumerable.Repeat("[a](b", 40_000));

        var paragraph = Assert.Single(MarkdownReader.Read(source).Blocks);

        Assert.StartsWith(string.Join(' ', Enumerable.Range(0, 20).Select(i => $"l{i}")), paragraph.Text, StringComparison.Ordinal);
        Assert.EndsWith("[a](b[a](b", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_only_look_like_addresses_and_long_paragraphs_of_links_keep_their_budget()
    {
        var words = string.Concat(Enumerable.Repeat("the web, with more that will tell how fast it fails; ", 20_000));
        var links = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"[link {i}](https://x.example/{i} \"title\") `code {i}` <b>tag</b> https://y.example/{i}"));

        var document = MarkdownReader.Read(words + "\n\n" + links + "\n");

        Assert.DoesNotContain(document.ReaderNotes, n => n.Contains(Spent, StringComparison.Ordinal));
        Assert.DoesNotContain("https://x.example", document.Blocks[1].Text, StringComparison.Ordinal);
        Assert.Equal(300, document.Blocks[1].Links.Count(l => l.Target.StartsWith("https://x.example/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_table_of_thousands_of_rows_with_links_code_and_tags_keeps_every_link()
    {
        var rows = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"| [Drug {i}](https://d.example/{i}) | `{i} mg`<br>twice | <5 mg [^{i % 7}] |\n"));

        var document = MarkdownReader.Read("| Name | Dose | Note |\n| --- | --- | --- |\n" + rows);

        Assert.DoesNotContain(document.ReaderNotes, n => n.Contains(Spent, StringComparison.Ordinal));
        Assert.Equal(3_000, document.Blocks.Sum(b => b.Links.Count(l => l.Target.StartsWith("https://d.example/", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_paragraphs_budget_is_its_own_whatever_follows_it()
    {
        var source = string.Concat(Enumerable.Repeat("(www.a", 6_000)) + "\n\n" + string.Concat(Enumerable.Repeat("Plain words in a long paragraph. ", 60_000));

        var document = MarkdownReader.Read(source);

        Assert.Contains("the paragraph on line 1", Assert.Single(document.ReaderNotes, n => n.Contains(Spent, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_reads_the_same_way_every_time()
    {
        var source = string.Concat(Enumerable.Repeat("[a](b `c <d ", 30_000));

        var first = MarkdownReader.Read(source);
        var second = MarkdownReader.Read(source);

        Assert.Equal(first.ReaderNotes, second.ReaderNotes);
        Assert.Equal(first.Blocks.Select(b => b.Text), second.Blocks.Select(b => b.Text));
    }
}
