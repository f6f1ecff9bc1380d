using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// Where a pattern can start: at an opening, not after a word character. Looking only where words start, as the
/// index does when every opening starts with a word character, finds the same places as looking at every character.
/// </summary>
public class OpeningIndexTests
{
    private static readonly string[] Pieces = ["cu", "re", "s", " ", "-", "(", "é", "5", "_", "ü", "中", ".", "\u00a0", "x", "cures"];

    private static readonly Gen<string> Text = Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    [Fact]
    public void Word_characters_are_those_of_the_patterns_word_guards()
    {
        var guard = new Regex(@"^[\p{L}\p{N}_]$", RegexOptions.CultureInvariant);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(guard.IsMatch(c.ToString()) == WordCharacters.Is(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("cures acne", "0|6")]
    // '_' and digits are word characters: "_cure" and "5cures" are words that start with them.
    [InlineData("  cure-all, _cure 5cures", "2|7|12|18")]
    [InlineData("écure 中cure", "0|6")]
    [InlineData("", "")]
    public void Word_starts_are_word_characters_after_none(string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse), WordCharacters.StartsIn(text));
    }

    [Property(MaxTest = 300)]
    public Property Looking_where_words_start_finds_what_looking_everywhere_finds() =>
        Prop.ForAll(
            Arb.From(Text),
            Arb.From(Gen.Elements<string[]>(["cure", "cures", "re"], ["cu", "é"], ["(cu", "cure"], ["5c", "_c"], ["中"])),
            (text, openings) =>
            {
                var index = new OpeningIndex(openings);
                var starts = WordCharacters.StartsIn(text);
                return Enumerable.Range(0, text.Length + 1).All(from => index.NextStart(text, starts, from) == index.NextStart(text, from))
                    .Label($"\"{text}\" with openings {string.Join(", ", openings)}");
            });
}
