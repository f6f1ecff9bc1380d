using FsCheck;
using FsCheck.Fluent;
using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>Every character of block text maps back to the source character it came from, for fixtures and for random documents.</summary>
public class MarkdownMappingPropertyTests
{
    /// <summary>Pieces of Markdown that random documents are made of: inline constructs, line endings and block starts.</summary>
    private static readonly string[] Pieces =
    [
        "plain words", "Ünïcødé", "😀", "中文", " ", "\t", "*emphasis*", "**strong**", "_under_", "~~struck~~",
        "[link](https://a.example)", "[relative](/page)", "<https://auto.example/x>", "www.example.com", "<me@example.com>",
        "&amp;", "&nbsp;", "&#8217;", "&#x1F600;", "&bogus;", "&#0;", "\\*", "\\\\", "\\|", "\\", "`code`", "``co`de``",
        "![alt](i.png)", "<br>", "<cite>Smith 2020</cite>", "<a href=\"https://h.example\">html link</a>",
        "<span hidden>gone</span>", "<!-- comment -->", "<sup><a href=\"#fn1\">1</a></sup>", "[^1]", "[^nope]",
        "\u0000", "<", ">", "&", "[", "]", "(", ")", "*", "_", "`", "|", "~", "!",
        "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "  \n", "\\\n", "\n- ", "\n  - ", "\n> ", "\n> > ", "\n# ", "\n1. ",
        "\nHeading\n===\n", "\n| a | b |\n|---|---|\n| c \\| d | e |\n", "\n```\ncode\n```\n", "\n\n    indented\n\n",
        "\n\n[^1]: note text\n", "\n\n[r]: https://r.example\n", "[r]", "\n\n<div hidden>\n\nhidden\n\n</div>\n\n",
        "\n\n<!--\nblock comment\n-->\n\n", "\n---\n", "\n- [x] task\n",
    ];

    public static IEnumerable<object[]> Fixtures() => MarkdownFixtures.NamesData();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_text_maps_to_the_characters_it_came_from(string name)
    {
        var document = MarkdownReader.Read(MarkdownFixtures.Load(name));

        Assert.NotEmpty(document.Blocks);
        Assert.Empty(MappingChecks.Problems(document));
    }

    [Fact]
    public void Random_documents_map_to_the_characters_they_came_from()
    {
        var documents = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
        var property = Prop.ForAll(documents, source =>
        {
            var document = MarkdownReader.Read(source);
            var problems = MappingChecks.Problems(document);
            return problems.Count == 0 ? true : throw new Xunit.Sdk.XunitException(string.Join("\n", problems) + "\nin " + Escape(source));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    [Fact]
    public void The_checks_catch_a_character_that_maps_to_a_different_one()
    {
        var source = "abc";
        var text = new Documents.MappedTextBuilder(source);
        text.AppendMapped("x", 1, 2);
        var (value, map) = text.Build();
        var document = new Documents.Document(source, DocumentFormat.Markdown, [new Documents.ProseBlock(Documents.BlockKind.Paragraph, Documents.BlockContext.None, value, map)]);

        Assert.NotEmpty(MappingChecks.Problems(document));
    }

    private static string Escape(string source)
        => source.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);
}
