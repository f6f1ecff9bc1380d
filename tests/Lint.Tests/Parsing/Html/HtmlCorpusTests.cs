using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using HealthLint.Parsing;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Parsing.Html;

/// <summary>The HTML articles of the shared corpus: real pages with navigation, scripts and hidden parts.</summary>
public partial class HtmlCorpusTests
{
    [SharedFact]
    public void Corpus_articles_read_and_keep_excluded_text_out_of_prose()
    {
        var folder = SharedFolder.Folder("corpus", "docs");
        Assert.True(folder is not null, "the shared folder has no corpus/docs");
        var files = Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 16, $"only {files.Count} HTML articles");
        var parser = new HtmlParser();
        var checkedPhrases = 0;
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            var document = HtmlReader.Read(source);
            Assert.True(document.Blocks.Count > 0, $"{Path.GetFileName(file)} has no prose");
            SourceMapAssert.MapsIntoSource(document);

            // Phrases of excluded elements, taken from an independent parse: none of them may surface in a block.
            var dom = parser.ParseDocument(source);
            var excluded = dom.QuerySelectorAll("nav, script, style, noscript, [hidden], [aria-hidden=true], [style]")
                .Where(e => e.LocalName is "nav" or "script" or "style" or "noscript" || e.HasAttribute("hidden")
                    || e.GetAttribute("aria-hidden") == "true" || HiddenStyle().IsMatch(e.GetAttribute("style") ?? string.Empty))
                .Select(e => Collapse(e.TextContent))
                .Where(text => text.Length >= 12)
                .ToList();
            foreach (var text in excluded)
            {
                var phrase = text[..Math.Min(40, text.Length)];
                Assert.DoesNotContain(document.Blocks, b => b.Text.Contains(phrase, StringComparison.Ordinal));
                checkedPhrases++;
            }
        }

        Assert.True(checkedPhrases > 16, $"only {checkedPhrases} excluded phrases in the corpus");
    }

    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"(display\s*:\s*none|visibility\s*:\s*hidden)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
