namespace HealthLint.Rules.Patterns;

/// <summary>
/// What the <see cref="LiteralIndex"/> found in one text: the literal sets it holds, as bits by set id, and the
/// text's content hash, by which matchers keep their answers for texts that recur in other documents.
/// </summary>
internal sealed record TextLiterals(string Text, LiteralIndex Index, ulong[] Sets, int Hash)
{
    private int[]? _wordStarts;

    /// <summary>
    /// Where the text's words start (<see cref="WordCharacters.StartsIn"/>): found once, for every matcher that looks
    /// for its openings in the text. A copy made for the same text with another identity keeps them.
    /// </summary>
    public int[] WordStarts => _wordStarts ??= WordCharacters.StartsIn(Text);

    /// <summary>Whether the text holds a literal of every set in <paramref name="setIds"/>.</summary>
    public bool HoldsAll(int[] setIds)
    {
        foreach (var id in setIds)
        {
            if (!Holds(id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text holds a literal of the set with id <paramref name="setId"/>.</summary>
    public bool Holds(int setId) => (Sets[setId >> 6] & (1UL << (setId & 63))) != 0;

    /// <summary>
    /// Whether the text holds a literal of any set whose bit is on in <paramref name="setBits"/> (by set id, as in
    /// <see cref="Sets"/>; sets registered after the bits were made are not asked about).
    /// </summary>
    public bool HoldsAny(ulong[] setBits)
    {
        var words = Math.Min(setBits.Length, Sets.Length);
        for (var w = 0; w < words; w++)
        {
            if ((Sets[w] & setBits[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether this is the answer for <paramref name="text"/> as the index <paramref name="index"/> gives it.</summary>
    public bool Answers(string text, int hash, LiteralIndex index) =>
        Hash == hash && ReferenceEquals(Index, index) && string.Equals(Text, text, StringComparison.Ordinal);
}
