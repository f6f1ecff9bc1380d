using HealthLint.Documents;

namespace HealthLint.Rules.Models;

/// <summary>
/// The features a <see cref="ClaimModel"/> reads from a sentence: its words and pairs of adjacent words (numbers
/// folded to <c>#</c>), the kind of block it stands in, whether it is short, and a constant. Each with the span of
/// normalized text it comes from, so that a finding can quote the words that weighed most.
/// </summary>
internal static class SentenceFeatures
{
    /// <summary>A sentence of fewer words than this is "short": a heading, a label, a fragment.</summary>
    public const int ShortSentence = 5;

    /// <summary>
    /// The features of <paramref name="normalized"/> (the sentence's normalized, lower-case text) in a block of
    /// <paramref name="kind"/>, each once, in the order first met.
    /// </summary>
    public static List<(string Feature, int Start, int End)> Read(string normalized, BlockKind kind)
    {
        var words = Words(normalized);
        var features = new List<(string, int, int)>(words.Count * 2 + 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string feature, int start, int end)
        {
            if (seen.Add(feature))
            {
                features.Add((feature, start, end));
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            Add("u:" + words[i].Word, words[i].Start, words[i].End);
        }

        for (var i = 1; i < words.Count; i++)
        {
            Add("b:" + words[i - 1].Word + "_" + words[i].Word, words[i - 1].Start, words[i].End);
        }

        Add("k:" + kind, 0, 0);
        Add("bias", 0, 0);
        if (words.Count < ShortSentence)
        {
            Add("short", 0, 0);
        }

        return features;
    }

    /// <summary>
    /// The words of the text: runs of letters a–z, digits, '%', '£' and '$', joined across an apostrophe or hyphen
    /// that a letter or digit follows ("don't", "covid-19"). A word of digits alone is read as <c>#</c>, so that
    /// "in 2019" and "in 2021" are one feature.
    /// </summary>
    public static List<(string Word, int Start, int End)> Words(string normalized) =>
        WordSpans(normalized).Select(w => (w.Number ? "#" : normalized[w.Start..w.End], w.Start, w.End)).ToList();

    /// <summary>Where the words of <see cref="Words"/> lie, and which are numbers, without building them.</summary>
    public static List<(int Start, int End, bool Number)> WordSpans(string normalized)
    {
        var words = new List<(int, int, bool)>();
        var i = 0;
        while (i < normalized.Length)
        {
            if (!IsHead(normalized[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < normalized.Length && IsHead(normalized[i]))
            {
                i++;
            }

            while (i + 1 < normalized.Length && normalized[i] is '\'' or '’' or '-' && IsTail(normalized[i + 1]))
            {
                i++;
                while (i < normalized.Length && IsTail(normalized[i]))
                {
                    i++;
                }
            }

            words.Add((start, i, IsNumber(normalized.AsSpan(start, i - start))));
        }

        return words;
    }

    private static bool IsTail(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsHead(char c) => IsTail(c) || c is '%' or '£' or '$';

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
