using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Parsing;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>Random documents built from pieces of HTML: whatever the mix, extracted text maps back to the source character by character.</summary>
public class HtmlMappingProperties
{
    private static readonly string[] Pieces =
    [
        "word", "Claim", "cure", "é", "日本", "😀", "👍🏽", "\u00A0", " ", "  ", "\t", "\n", "\r\n", "\r", "\f", "\0", "<", ">", "&", "\"", "'",
        "&amp;", "&amp", "&mdash;", "&#8217;", "&#x2019;", "&#128512;", "&#x80;", "&#0;", "&notit;", "&copy", "&bogus;", "&#;", "&NotNestedGreaterGreater;",
        "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<br>", "<br/>",
        "<a href=\"https://example.org/a\">", "<a href='#fn1'>", "<a href=/x>", "</a>", "<sup>", "</sup>", "<cite>", "</cite>",
        "<h2>", "</h2>", "<ul>", "<li>", "</li>", "</ul>", "<table>", "<tr>", "<td>", "</td>", "<th>", "</tr>", "</table>",
        "<blockquote>", "</blockquote>", "<aside>", "</aside>", "<footer>", "</footer>", "<nav>", "</nav>",
        "<!-- note -->", "<!--", "-->", "<!x>", "<?pi?>", "<![CDATA[c]]>", "<script>if (a < b) x = '&amp;';</script>", "<style>p{}</style>",
        "<span hidden>", "<div style=\"display: none\">", "<p aria-hidden=\"true\">", "<code>", "</code>", "<pre>\n", "</pre>",
        "<img alt=\"alt words\">", "<title>", "</title>", "<textarea>", "</textarea>", "<svg>", "</svg>", "<template>", "</template>",
        "<p title=\"a > b\">", "<p class=x data-y='z'>", "</br>", "</p >", "<html>", "<body>", "<head>",
    ];

    private static Arbitrary<string> Documents() =>
        Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)));

    [Property(MaxTest = 400)]
    public Property Every_extracted_character_maps_back_to_its_source() =>
        Prop.ForAll(Documents(), source =>
        {
            var document = HtmlReader.Read(source);
            SourceMapAssert.MapsIntoSource(document);
        });

    [Property(MaxTest = 200)]
    public Property A_fragment_maps_into_its_own_slice_of_the_source() =>
        Prop.ForAll(Documents(), Documents(), Documents(), (before, fragment, after) =>
        {
            var source = before + fragment + after;
            var builder = new HealthLint.Documents.DocumentBuilder(source, DocumentFormat.Markdown);
            HtmlReader.ReadFragment(source, before.Length, before.Length + fragment.Length, builder);
            var document = builder.Build();
            SourceMapAssert.MapsIntoSource(document);
            foreach (var block in document.Blocks)
            {
                var (start, end) = block.Map.Map(0, block.Text.Length);
                Assert.InRange(start, before.Length, before.Length + fragment.Length);
                Assert.InRange(end, before.Length, before.Length + fragment.Length);
            }
        });
}
