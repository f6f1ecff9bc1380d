using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace HealthLint.Tests.Properties;

/// <summary>On any text, in either format, linting returns normally, keeps every finding inside the document and is repeatable.</summary>
public class LinterProperties
{
    private static readonly Linter Linter = new();

    /// <summary>Markup and prose pieces that exercise the readers and the rules together.</summary>
    private static readonly string[] Pieces =
    [
        "guaranteed to cure acne", "completely safe", "no side effects", "It works!", "Studies show", "1 in 5 adults", "30%",
        "is not a substitute for professional medical advice", "In no case can this not replace a doctor", "except",
        "may help", "not", "never", "if", "?", ".", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\uFEFF", "\0", "😀", "\uD83D",
        "*", "**", "_", "`", "```", "#", "## ", "- ", "1. ", "> ", "| a | b |\n|---|---|\n", "[link](https://example.org)",
        "[^1]", "[^1]: note", "[1]", "(Smith et al., 2020)", "<!-- hidden -->", "<br>", "<p>", "</p>", "<div hidden>",
        "</div>", "<script>x</script>", "<cite>", "&amp;", "&#8217;", "&nbsp", "<a href=\"#fn1\">1</a>", "---\ntitle: x\n---\n",
    ];

    private static Arbitrary<string> Documents() =>
        Arb.From(Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))));

    private static Arbitrary<DocumentFormat> Formats() => Arb.From(Gen.Elements(DocumentFormat.Markdown, DocumentFormat.Html));

    [Property(MaxTest = 300)]
    public Property LintingNeverThrowsAndFindingsLieInsideTheDocument() =>
        Prop.ForAll(Documents(), Formats(), (text, format) =>
        {
            var result = Linter.Lint(text, format);
            var length = text.Length > 0 && text[0] == '\uFEFF' ? text.Length - 1 : text.Length;
            var lines = 1 + text.Count(c => c == '\n') + text.Count(c => c == '\r');
            return result.Findings.All(f =>
                f.StartOffset >= 0 && f.StartOffset <= f.EndOffset && f.EndOffset <= length
                && f.Region.StartLine >= 1 && f.Region.StartColumn >= 1
                && (f.Region.EndLine > f.Region.StartLine || (f.Region.EndLine == f.Region.StartLine && f.Region.EndColumn >= f.Region.StartColumn))
                && f.Region.EndLine <= lines);
        });

    [Property(MaxTest = 200)]
    public Property LintingTwiceGivesIdenticalResults() =>
        Prop.ForAll(Documents(), Formats(), (text, format) =>
        {
            var first = Linter.Lint(text, format).Findings.Select(Describe).ToList();
            var second = Linter.Lint(text, format).Findings.Select(Describe).ToList();
            return first.SequenceEqual(second);
        });

    private static string Describe(Finding f) => $"{f.RuleId}|{f.Region}|{f.StartOffset}|{f.EndOffset}|{f.Message}|{f.Fingerprint}";
}
