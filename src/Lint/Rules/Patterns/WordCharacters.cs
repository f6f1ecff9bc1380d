using System.Globalization;

namespace HealthLint.Rules.Patterns;

/// <summary>The characters of <c>[\p{L}\p{N}_]</c>, the class the patterns' word guards use, and where words start.</summary>
internal static class WordCharacters
{
    /// <summary>Whether <paramref name="c"/> is a letter, a digit or number, or '_'.</summary>
    public static bool Is(char c) =>
        c < 128
            ? char.IsAsciiLetterOrDigit(c) || c == '_'
            : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>The positions, in order, of the word characters of <paramref name="text"/> that do not follow another.</summary>
    public static int[] StartsIn(string text)
    {
        var starts = new List<int>(text.Length / 5);
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var word = Is(text[i]);
            if (word && !inWord)
            {
                starts.Add(i);
            }

            inWord = word;
        }

        return [.. starts];
    }
}
