using System.Collections.Frozen;

namespace HealthLint.Analysis.Text;

/// <summary>A fixed set of words that can be looked up by a span of the text, so that lookups allocate nothing.</summary>
internal sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(IEnumerable<string> words, bool ignoreCase)
    {
        var set = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => !word.IsEmpty && _lookup.Contains(word);

    /// <summary>The words as given plus, for each one starting with a lower-case letter, its capitalised form (the spelling at the start of a sentence).</summary>
    public static IEnumerable<string> WithCapitalised(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            yield return word;
            if (word.Length > 0 && char.IsLower(word[0]))
            {
                yield return char.ToUpperInvariant(word[0]) + word[1..];
            }
        }
    }
}
