namespace HealthLint.Analysis;

/// <summary>Splits text into words, numbers and symbols.</summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> within [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            var kind = char.IsLetter(text[i]) ? TokenKind.Word : char.IsDigit(text[i]) ? TokenKind.Number : TokenKind.Symbol;
            if (kind != TokenKind.Symbol)
            {
                while (j < end && char.IsLetterOrDigit(text[j]))
                {
                    j++;
                }
            }

            var value = text[i..j];
            tokens.Add(new Token(i, j, kind, value) { Normalized = value.ToLowerInvariant() });
            i = j;
        }

        return tokens;
    }
}
