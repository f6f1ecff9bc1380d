using FsCheck;
using FsCheck.Fluent;
using HealthLint.Parsing;
using HealthLint.Parsing.Markdown;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>
/// Files with more setext underlines and link reference definitions than Markdig can take out of their parents in
/// reasonable time are parsed in pieces; every other file is parsed whole.
/// </summary>
public class MarkdownBlockRemovalsTests
{
    private const int Limit = MarkdownBlockRemovals.Limit;

    [Theory]
    [InlineData("Title\n===\n", 1)]
    [InlineData("Title\n  ---  \n", 1)]
    [InlineData("> Title\n> ===\n", 1)]
    [InlineData("[ref]: https://a.example\n", 1)]
    [InlineData("   [^1]: A footnote.\n", 1)]
    [InlineData("[a link](https://a.example) in a sentence\n", 0)]
    [InlineData("- a list item\n== not an underline\n", 0)]
    [InlineData("Text\n\n---\n\n", 0)]
    public void Lines_that_take_a_block_out_are_counted(string lines, int count)
    {
        var source = string.Concat(Enumerable.Repeat(lines, Limit + 1));

        var end = MarkdownBlockRemovals.PieceEnd(source, 0, source.Length);

        Assert.Equal(count == 0, end == source.Length);
    }

    [Fact]
    public void Pieces_end_at_line_starts_and_hold_at_most_the_limit()
    {
        var lines = Gen.Elements("Heading\n", "===\n", "---\n", "[r]: u\n", "text [x](y)\n", "\n", "> ===\r\n", "- item\r")
            .ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
        var property = Prop.ForAll(lines, Gen.Choose(0, 4).ToArbitrary(), (source, repeat) =>
        {
            var text = string.Concat(Enumerable.Repeat(source, (repeat * Limit / 2) + 1));
            var start = 0;
            while (start < text.Length)
            {
                var end = MarkdownBlockRemovals.PieceEnd(text, start, text.Length);
                Assert.True(end > start);
                Assert.True(end == text.Length || (text[end - 1] is '\n' or '\r' && !(text[end - 1] == '\r' && text[end] == '\n')));
                Assert.Equal(end - start, MarkdownBlockRemovals.PieceEnd(text[start..end], 0, end - start));
                start = end;
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }

    [Fact]
    public void A_file_of_more_setext_headings_than_the_limit_is_parsed_in_pieces_and_keeps_every_heading()
    {
        var source = string.Concat(Enumerable.Range(0, Limit + 100).Select(i => $"Heading {i}\n===\n"));

        var document = MarkdownReader.Read(source);

        Assert.Contains(document.ReaderNotes, n => n.Contains($"were parsed in pieces of at most {Limit}", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, Limit + 100).Select(i => $"Heading {i}"), document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(1, b.HeadingLevel));
        Assert.Empty(MappingChecks.Problems(document));
    }

    [Fact]
    public void A_file_under_the_limit_is_parsed_whole_and_its_references_resolve_across_it()
    {
        var source = "See [the review][r].\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"Part {i}\n---\n\n")) + "[r]: https://r.example\n";

        var document = MarkdownReader.Read(source);

        Assert.Empty(document.ReaderNotes);
        Assert.Equal("See the review.", document.Blocks[0].Text);
        Assert.Equal("https://r.example", Assert.Single(document.Blocks[0].Links).Target);
    }
}
