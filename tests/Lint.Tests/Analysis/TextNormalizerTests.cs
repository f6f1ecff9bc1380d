using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Analysis.Cues;

namespace HealthLint.Tests.Analysis;

/// <summary>
/// Normalized text is lower case with typographic variants folded, one character for one, so that a match's place
/// in the normalized text is its place in the text.
/// </summary>
public class TextNormalizerTests
{
    private static readonly string[] Pieces =
        ["Cures", " ", "ACNE", "\t", "\n", "`", "’", "“", "”", "\u00a0", "\u2011", "É", "Ü", "İ", "Σ", "中", "𐐀", "5", "-", "'"];

    [Theory]
    [InlineData("It CURES Acne.", "it cures acne.")]
    [InlineData("Doesn’t\twork\n`here`", "doesn't work 'here'")]
    [InlineData("“Proven”\u00a0non\u2011toxic", "\"proven\" non-toxic")]
    [InlineData("ÉTUDE Über", "étude über")]
    public void Text_is_lower_cased_and_folded(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Property(MaxTest = 500)]
    public Property Each_character_is_folded_on_its_own_whatever_the_text_around_it() =>
        Prop.ForAll(Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))), text =>
        {
            var normalized = TextNormalizer.Normalize(text);
            var alone = string.Concat(text.Select(c => TextNormalizer.Normalize(c.ToString())));
            var slice = text.Length > 2 ? TextNormalizer.Normalize(text, 1, text.Length - 2) : string.Empty;
            return (normalized == alone && normalized.Length == text.Length && (text.Length <= 2 || slice == normalized[1..^1]))
                .Label($"\"{text}\" became \"{normalized}\", one by one \"{alone}\"");
        });
}
