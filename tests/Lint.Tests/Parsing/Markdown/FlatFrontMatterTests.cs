using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Parsing.Markdown;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>
/// A front matter of plain <c>key: value</c> lines is read without the YAML parser; where it is, the fields and their
/// spans are the parser's, and anything else is left to the parser.
/// </summary>
public class FlatFrontMatterTests
{
    private static readonly string[] Keys = ["title", "date", "author", "tags", "last-reviewed", "Title", "a_b", "x1", "_k", "1st", "key with space"];

    private static readonly string[] Separators = [": ", ":  ", ":", " : ", ":\t"];

    private static readonly string[] Values =
    [
        "article", "2020-03-19", "Omar Nguyen", "1.5", "yes", "null", "~", "a: b", "a #b", "#c", "-x", "a,b", "it's", "Q&A",
        "C++", "tips (and tricks)", "trail  ", "Café", "a\tb", "&anchor", "*alias", "!tag x", "? q", "a:b",
        "\"x y\"", "\"\"", "\"a \\\" b\"", "\"Top #1\"", "\"x\" y", "\"a\u2028b\"", "\"é, ü\"", "\"tab\there\"", "\"a\u0085b\"",
        "'it''s'", "'x'", "'#1'", "''", "'a\"b'",
        "[]", "[a, b]", "[\"back pain\", \"spine\", \"remedies\"]", "[ a ,b ]", "[a,]", "[a, [b]]", "[\"a\" b]", "[it's]",
        "[a: b]", "[\"x\", 'y']", "[a b, c]", "{a: b}", "|", ">",
    ];

    private static readonly string[] OtherLines = ["# comment", "  nested: x", "- item", "", "   ", "...", "key:"];

    // Values of the form read flat, most of the time: each tricky line sends the whole front matter to the parser.
    private static readonly string[] FlatValues =
        ["article", "2020-03-19", "Omar Nguyen", "1.5", "it's", "Q&A", "C++", "tips (and tricks)", "\"x y\"", "\"\"", "\"é, ü\"", "'x'", "[]", "[a, b]", "[\"back pain\", spine]"];

    private static readonly Gen<string> Line =
        Gen.Frequency(
            (12, from key in Gen.Elements(Keys.Take(7).ToArray()) from value in Gen.Elements(FlatValues) select key + ": " + value),
            (3, from key in Gen.Elements(Keys) from separator in Gen.Elements(Separators) from value in Gen.Elements(Values) select key + separator + value),
            (1, Gen.Elements(OtherLines)));

    private static readonly Gen<string> Content =
        from lines in Line.NonEmptyListOf()
        from breaks in Gen.Frequency((6, Gen.Constant("\n")), (3, Gen.Constant("\r\n")), (1, Gen.Constant("\r"))).ListOf(lines.Count)
        select string.Concat(lines.Select((line, i) => line + (i < breaks.Count ? breaks[i] : "\n")));

    [Property(MaxTest = 2000)]
    public Property Where_it_reads_a_front_matter_it_reads_what_the_parser_reads() =>
        Prop.ForAll(Arb.From(Content), content =>
        {
            var source = "---\n" + content + "---\n";
            var flat = FlatFrontMatter.Read(source, 4, 4 + content.Length);
            var parsed = FrontMatterReader.ParsedFields(source, 4, 4 + content.Length);
            return (flat is null || (parsed is not null && flat.SequenceEqual(parsed)))
                .Label($"{Show(content)}: flat [{string.Join("; ", flat ?? [])}], parsed [{string.Join("; ", parsed ?? [])}]");
        });

    [Fact]
    public void The_generated_front_matters_are_often_read_flat()
    {
        // The property above compares only where the flat reading is taken: it must be taken often enough to count.
        var contents = Content.Sample(2000, 10);
        var flat = contents.Count(content => FlatFrontMatter.Read("---\n" + content + "---\n", 4, 4 + content.Length) is not null);

        Assert.True(flat > 100, $"only {flat} of {contents.Length} read flat");
    }

    [Theory]
    [InlineData("title: \"The complete guide to back pain relief\"\ndate: 2020-03-19\nauthor: \"Omar Nguyen\"\ntags: [\"back pain\", \"spine\", \"remedies\"]\nlayout: article\n")]
    [InlineData("title: Knee pain - what helps?\n")]
    [InlineData("title: 'Why it''s hard'\n")]
    [InlineData("reviewed: 2024-05-01\r\nreviewer: Dr. A. Patel (GP)\r\n")]
    [InlineData("tags: [sleep, 'rest', \"naps\"]\nsummary: \"Short, plain and quoted\"\n")]
    public void A_front_matter_has_the_same_fields_read_flat_or_parsed(string content)
    {
        var source = "---\n" + content + "---\n";
        var parsed = FrontMatterReader.ParsedFields(source, 4, 4 + content.Length);
        var flat = FlatFrontMatter.Read(source, 4, 4 + content.Length);

        Assert.NotNull(parsed);
        Assert.NotEmpty(parsed);
        if (flat is not null)
        {
            Assert.Equal(parsed, flat);
        }
    }

    [Theory]
    // Typical front matter is read flat.
    [InlineData("title: \"Back pain relief\"\ndate: 2020-03-19\ntags: [\"back pain\", spine]\nlayout: article\n", true)]
    [InlineData("reviewed: 2024-05-01\r\nreviewer: Dr. A. Patel (GP)\r\n", true)]
    // A colon in a plain value, an escape, a doubled quote, a comment, a nested list or a duplicate key is the parser's.
    [InlineData("title: Knee pain: what helps?\n", false)]
    [InlineData("title: \"say \\\"no\\\"\"\n", false)]
    [InlineData("title: 'Why it''s hard'\n", false)]
    [InlineData("# drafted\ntitle: x\n", false)]
    [InlineData("tags:\n  - sleep\n", false)]
    [InlineData("title: a\ntitle: b\n", false)]
    public void Only_the_flat_form_is_read_without_the_parser(string content, bool flat)
    {
        var source = "---\n" + content + "---\n";

        Assert.Equal(flat, FlatFrontMatter.Read(source, 4, 4 + content.Length) is not null);
    }

    [Fact]
    public void A_key_longer_than_the_parser_takes_is_left_to_the_parser()
    {
        var content = new string('k', 1025) + ": x\n";
        var source = "---\n" + content + "---\n";

        Assert.Null(FlatFrontMatter.Read(source, 4, 4 + content.Length));
        Assert.Null(FrontMatterReader.ParsedFields(source, 4, 4 + content.Length));
        Assert.NotNull(FlatFrontMatter.Read("---\n" + new string('k', 1000) + ": x\n---\n", 4, 4 + 1004));
    }

    private static string Show(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
