using HealthLint.Analysis;

namespace HealthLint.Rules.Kinds;

/// <summary>Counts for the <c>metric</c> rules: words, syllables, and the Flesch–Kincaid grade level.</summary>
internal static class Readability
{
    /// <summary>Words and numbers; punctuation and symbols are not words.</summary>
    public static int Words(Sentence sentence) => sentence.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);

    /// <summary>
    /// The Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. US school grades;
    /// plain-language guidance for health information asks for grade 8 or below.
    /// </summary>
    public static double Grade(int sentences, int words, int syllables) =>
        sentences == 0 || words == 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;

    /// <summary>
    /// Syllables of a word, estimated from its groups of vowels: a silent final "e" does not count, "-le" after a
    /// consonant does ("table"), and every word has one. A number counts one syllable per digit group.
    /// </summary>
    public static int Syllables(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return 1;
        }

        var word = token.Text.ToLowerInvariant();
        var count = 0;
        var previousVowel = false;
        for (var i = 0; i < word.Length; i++)
        {
            var vowel = IsVowel(word, i);
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (word.Length > 2 && word.EndsWith('e') && !IsVowel(word, word.Length - 2)
            && !(word.EndsWith("le", StringComparison.Ordinal) && word.Length > 3 && !IsVowel(word, word.Length - 3)))
        {
            count--;
        }

        if (word.Length > 3 && (word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
            && !IsVowel(word, word.Length - 3) && word[^3] is not ('t' or 'd' or 's' or 'x' or 'z' or 'c' or 'g'))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool IsVowel(string word, int index) =>
        word[index] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => true,
            'y' => index > 0,
            _ => false,
        };
}
