using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Parsing;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Properties;

/// <summary>
/// On articles built like real ones (nested lists, emphasis, links, tables, comments, raw HTML, entities, pages
/// with navigation and scripts), linting returns normally with nothing left unread, every finding lies on the
/// text it names, and a workspace reports the same bytes whether it lints one file at a time or many.
/// </summary>
public partial class StructuredDocumentProperties
{
    private static readonly Linter Linter = new();

    private static Gen<(string Text, DocumentFormat Format)> Articles { get; } = Gen.OneOf(
        StructuredMarkdown.Document.Select(text => (text, DocumentFormat.Markdown)),
        StructuredHtml.Document.Select(text => (text, DocumentFormat.Html)));

    [Property(MaxTest = 150)]
    public Property Linting_never_throws_and_reads_the_whole_article() =>
        Prop.ForAll(Articles.ToArbitrary(), article =>
        {
            var result = Linter.Lint(article.Text, article.Format);

            // The readers turn their own exceptions into notices, so an empty list is what shows that none was thrown.
            Assert.True(result.Notices.Count == 0, string.Join('\n', result.Notices));
        });

    [Property(MaxTest = 150)]
    public Property Every_finding_lies_inside_the_article_on_the_text_it_names() =>
        Prop.ForAll(Articles.ToArbitrary(), article =>
        {
            var (text, format) = article;
            var document = DocumentReader.Read(text, format);
            AssertTextComesFromItsSource(document);
            foreach (var finding in Linter.Lint(text, format).Findings)
            {
                AssertOnTheNamedText(text, document, finding);
            }
        });

    [Property(MaxTest = 15)]
    public Property One_file_at_a_time_and_many_at_once_write_identical_reports() =>
        Prop.ForAll(Gen.Choose(2, 12).SelectMany(count => Articles.ArrayOf(count)).ToArbitrary(), articles =>
        {
            using var folder = new TemporaryDirectory();
            for (var i = 0; i < articles.Length; i++)
            {
                var extension = articles[i].Format == DocumentFormat.Html ? "html" : "md";
                folder.Write($"{"abc"[i % 3]}/{(i % 2 == 0 ? "" : "nested/")}article-{i:00}.{extension}", articles[i].Text);
            }

            var sequential = Reports(folder.Path, 1, articles.Length);
            var parallel = Reports(folder.Path, Math.Max(4, Environment.ProcessorCount), articles.Length);

            Assert.Equal(sequential.Json, parallel.Json);
            Assert.Equal(sequential.Sarif, parallel.Sarif);
            Assert.Equal(sequential.Text, parallel.Text);
        });

    [Fact]
    public void The_generators_build_the_structures_and_the_claims_the_properties_are_about()
    {
        // A fixed seed keeps this check of the generators themselves from depending on the luck of a draw.
        var markdown = StructuredMarkdown.Document.Sample(100, new Rnd(2024), 40);
        var html = StructuredHtml.Document.Sample(100, new Rnd(2024), 40);

        foreach (var construct in new[] { "\n- ", "\n  ", "> ", "| --", "**", "](https://", "<!--", "<div hidden>", "&amp;", "```", "---\ntitle:", "[^1]:", "\r\n" })
        {
            Assert.Contains(markdown, text => text.Contains(construct, StringComparison.Ordinal));
        }

        foreach (var construct in new[] { "<li>", "<ul>\n", "<table>", "<nav", "<script", "<footer>", "<!--", "<blockquote>", "hidden", "&eacute;", "<em>", "\r\n" })
        {
            Assert.Contains(html, text => text.Contains(construct, StringComparison.Ordinal));
        }

        foreach (var (texts, format) in new[] { (markdown, DocumentFormat.Markdown), (html, DocumentFormat.Html) })
        {
            var results = texts.Select(text => Linter.Lint(text, format)).ToList();
            foreach (var rule in new[] { "HL001", "HL002", "HL003", "HL900", "HL901" })
            {
                Assert.True(results.Any(r => r.Findings.Any(f => f.RuleId == rule)), $"no {rule} finding in the {format} articles");
            }

            Assert.True(results.Count(r => r.Findings.Any(f => f.RuleId is "HL002" or "HL003")) > texts.Length / 2, $"too few {format} articles with a claim finding");
            Assert.True(results.Any(r => r.Findings.Any(f => f.Suppression is not null)), $"no suppressed finding in the {format} articles");

            // The disclaimer is found through the markup around it.
            Assert.True(results.Any(r => r.Findings.All(f => f.RuleId != "HL001")), $"no {format} article passes HL001");
        }
    }

    private static (string Json, string Sarif, string Text) Reports(string folder, int degree, int expectedFiles)
    {
        var workspace = new LintWorkspace(Linter, new WorkspaceOptions { BaseDirectory = folder, MaxDegreeOfParallelism = degree });
        var result = workspace.Lint(["."]);
        Assert.Empty(result.Errors);
        Assert.Equal(expectedFiles, result.Files.Count);
        var report = LintReport.Create(workspace, result);
        return (
            new JsonReportWriter().WriteToString(report),
            new SarifReportWriter { IncludeSuppressed = true }.WriteToString(report),
            new TextReportWriter { IncludeSuppressed = true }.WriteToString(report));
    }

    /// <summary>
    /// Regions are made from where the reader says its text came from. In well-formed articles nothing is moved by
    /// the HTML tree builder, so every character, visible or hidden, comes from that same character in the source,
    /// from a character reference, or (whitespace only) from a line break, a tag or a run of spaces; none falls back
    /// to the start tag of its element.
    /// </summary>
    private static void AssertTextComesFromItsSource(Documents.Document document)
    {
        var source = document.Source;
        var texts = document.Blocks.Select(b => (What: $"block {b.Index} ({b.Kind})", b.Text, b.Map))
            .Concat(document.Hidden.Select(h => (What: $"hidden text ({h.Reason})", h.Text, h.Map)));
        foreach (var (what, text, map) in texts)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var (start, end) = (map.SourceStart(i), map.SourceEnd(i));
                Assert.True(start >= 0 && start <= end && end <= source.Length, $"{what}: character {i} comes from [{start}, {end}), outside the source");
                var c = text[i];
                var fromItself = end - start == 1 && Copies(c, source[start]);
                var fromReference = end - start > 1 && source[start] == '&';
                Assert.True(
                    fromItself || fromReference || char.IsWhiteSpace(c),
                    $"{what}: '{c}' at {i} of \"{text}\" comes from [{start}, {end}) \"{source[start..end]}\"");
            }
        }
    }

    /// <summary>
    /// The finding's offsets lie inside the source and its region is where they are. A finding that names text
    /// starts on that text's first character and ends on its last, each the character itself or the character
    /// reference that stands for it, and the words it names appear in that order in between once tags and comments
    /// are taken out and references decoded. A finding about the whole article names no text; it starts on a
    /// character a reader sees, or at the top of an article with no prose.
    /// </summary>
    private static void AssertOnTheNamedText(string source, Documents.Document document, Finding finding)
    {
        var (start, end) = (finding.StartOffset, finding.EndOffset);
        var what = $"{finding.RuleId} [{start}, {end}) {finding.Region} \"{finding.Excerpt}\"";
        Assert.True(start >= 0 && start <= end && end <= source.Length, $"{what} lies outside the source of length {source.Length}");
        Assert.True(Position(source, start) == (finding.Region.StartLine, finding.Region.StartColumn), $"{what} starts at {Position(source, start)}");
        Assert.True(Position(source, end) == (finding.Region.EndLine, finding.Region.EndColumn), $"{what} ends at {Position(source, end)}");

        var excerpt = finding.Excerpt;
        if (excerpt.Length == 0)
        {
            var visible = document.Blocks.SelectMany(b => Enumerable.Range(0, b.Text.Length).Select(b.Map.SourceStart)).ToHashSet();
            Assert.True(visible.Contains(start) || (visible.Count == 0 && start == 0), $"{what} starts on '{At(source, start)}', which no reader sees");
            Assert.True(finding.Region.EndLine == finding.Region.StartLine, $"{what} spans several lines");
            return;
        }

        Assert.True(end > start, $"{what} is empty");
        Assert.True(StandsFor(excerpt[0], source[start], '&'), $"{what} starts on '{source[start]}', not on '{excerpt[0]}'");
        Assert.True(StandsFor(excerpt[^1], source[end - 1], ';'), $"{what} ends on '{source[end - 1]}', not on '{excerpt[^1]}'");
        var words = Regex.Matches(excerpt, @"\p{L}+|\p{N}+").Select(m => m.Value).ToArray();
        var slice = source[start..end];
        var read = WebUtility.HtmlDecode(Markup().Replace(slice, ""));
        Assert.True(InOrder(words, read) || InOrder(words, slice), $"{what} names words that are not in \"{slice}\"");
    }

    /// <summary>Whether <paramref name="shown"/> is <paramref name="written"/> as readers see it: whitespace collapsed, NUL replaced.</summary>
    private static bool Copies(char shown, char written) =>
        shown == written
        || (char.IsWhiteSpace(shown) && char.IsWhiteSpace(written))
        || (shown == '\uFFFD' && written == '\0');

    /// <summary>Whether <paramref name="shown"/> copies <paramref name="written"/>, or a character reference ends there.</summary>
    private static bool StandsFor(char shown, char written, char referenceEdge) =>
        Copies(shown, written) || written == referenceEdge;

    private static bool InOrder(string[] words, string text)
    {
        var at = 0;
        foreach (var word in words)
        {
            var found = text.IndexOf(word, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + word.Length;
        }

        return true;
    }

    /// <summary>The 1-based line and column of an offset, with CRLF, CR and LF each ending a line.</summary>
    private static (int Line, int Column) Position(string source, int offset)
    {
        var lines = Regex.Split(source[..offset], "\r\n|\r|\n");
        return (lines.Length, lines[^1].Length + 1);
    }

    /// <summary>Comments and tags, which readers drop without a space where they stood.</summary>
    [GeneratedRegex("<!--.*?-->|<[^<>]*>", RegexOptions.Singleline)]
    private static partial Regex Markup();

    private static string At(string source, int offset) => offset < source.Length ? source[offset].ToString() : "end of file";
}
