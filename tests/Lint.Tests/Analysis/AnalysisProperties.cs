using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Analysis;

namespace HealthLint.Tests.Analysis;

public class AnalysisProperties
{
    /// <summary>Pieces that exercise the splitter, tokenizer and citation finder: terminators, abbreviations, quotes, breaks, surrogates.</summary>
    private static readonly string[] Pieces =
    [
        "a", "B", "word", "Dr.", "U.S.", "e.g.", "etc.", "et al.", "J.", "No.", "vitamin C.", ".", "..", "...", "…", "!", "?", "?!",
        " ", "  ", "\t", "\n", "\r", "\u00A0", "\u2028", "\"", "“", "”", "'", "’", "(", ")", "[", "]", "[1]", "[2-4]", "¹", "²",
        "2.5", "1,000", "16:8", "3–5", "-", "—", ":", ";", ",", "😀", "\uD83D", "\uDE00", "\u0301", "\u00AD", "\u200B",
        "ﬁ", "é", "x.com", "(Smith et al., 2020)", "Smith (2020)", "(WHO, 2023)", "\0", "。",
    ];

    private static Arbitrary<string> ProseLike() =>
        Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)));

    private static Arbitrary<string> AnyText() =>
        Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), ProseLike().Generator).Select(s => s ?? string.Empty));

    /// <summary>A text with a range that may reach past either end and may cut surrogate pairs.</summary>
    private static Arbitrary<(string Text, int Start, int End)> TextWithRange() =>
        Arb.From(
            from text in AnyText().Generator
            from start in Gen.Choose(-2, text.Length + 2)
            from end in Gen.Choose(-2, text.Length + 2)
            select (text, start, end));

    [Property(MaxTest = 500)]
    public Property Splitter_spans_are_ordered_trimmed_and_cover_the_text() =>
        Prop.ForAll(AnyText(), text =>
        {
            var spans = SentenceSplitter.Split(text);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var span in spans)
            {
                if (span.Start < previousEnd || span.End <= span.Start || span.End > text.Length)
                {
                    return false;
                }

                if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]))
                {
                    return false;
                }

                for (var k = span.Start; k < span.End; k++)
                {
                    covered[k] = true;
                }

                previousEnd = span.End;
            }

            for (var k = 0; k < text.Length; k++)
            {
                if (!covered[k] && !char.IsWhiteSpace(text[k]))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 500)]
    public Property Tokens_are_ordered_inside_the_range_and_keep_surrogate_pairs_whole() =>
        Prop.ForAll(TextWithRange(), sample =>
        {
            var (text, start, end) = sample;
            var tokens = Tokenizer.Tokenize(text, start, end);
            var low = Math.Clamp(start, 0, text.Length);
            var high = Math.Clamp(end, low, text.Length);
            var previousEnd = low;
            foreach (var token in tokens)
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > high)
                {
                    return false;
                }

                if (token.Text != text[token.Start..token.End] || token.Normalized is null)
                {
                    return false;
                }

                if (SplitsPair(text, token.Start) || SplitsPair(text, token.End))
                {
                    return false;
                }

                previousEnd = token.End;
            }

            return true;
        });

    [Property(MaxTest = 500)]
    public Property Citations_are_ordered_and_inside_the_text() =>
        Prop.ForAll(AnyText(), text =>
        {
            var citations = CitationFinder.Find(text);
            var previousStart = 0;
            foreach (var citation in citations)
            {
                if (citation.Span.Start < previousStart || citation.Span.End <= citation.Span.Start || citation.Span.End > text.Length)
                {
                    return false;
                }

                previousStart = citation.Span.Start;
            }

            return true;
        });

    /// <summary>Whether a token boundary at <paramref name="index"/> falls between the two halves of a surrogate pair.</summary>
    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);
}
