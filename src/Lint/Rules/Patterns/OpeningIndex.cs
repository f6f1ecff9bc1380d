using System.Buffers;
using System.Globalization;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// Where in a text a pattern can start: at a word boundary, on one of the strings every match of the pattern opens
/// with (<see cref="Analysis.Text.RequiredLiterals.Openings"/>). The backtracking engine, left to find a match
/// itself, tries the pattern at every character, and a pattern that opens with a word list of hundreds of entries
/// costs a walk down that list each time; a trie of the openings, walked only where a word starts, finds the few
/// places worth trying.
/// </summary>
internal sealed class OpeningIndex
{
    private readonly Dictionary<long, int> _children = [];
    private readonly List<bool> _complete = [false];
    private readonly SearchValues<char> _firstCharacters;

    public OpeningIndex(IEnumerable<string> openings)
    {
        var first = new HashSet<char>();
        foreach (var opening in openings)
        {
            if (opening.Length == 0)
            {
                throw new ArgumentException("an opening must not be empty", nameof(openings));
            }

            first.Add(opening[0]);
            var node = 0;
            foreach (var c in opening)
            {
                if (!_children.TryGetValue(Key(node, c), out var child))
                {
                    child = _complete.Count;
                    _complete.Add(false);
                    _children[Key(node, c)] = child;
                }

                node = child;
            }

            _complete[node] = true;
        }

        _firstCharacters = SearchValues.Create(first.ToArray());
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> where a match may start: not after a word character
    /// (the patterns match whole words), and at an opening. -1 when there is none.
    /// </summary>
    public int NextStart(string text, int from)
    {
        var span = text.AsSpan();
        var position = Math.Max(from, 0);
        while (position < span.Length)
        {
            var offset = span[position..].IndexOfAny(_firstCharacters);
            if (offset < 0)
            {
                return -1;
            }

            position += offset;
            if ((position == 0 || !IsWordCharacter(span[position - 1])) && OpensAt(span, position))
            {
                return position;
            }

            position++;
        }

        return -1;
    }

    /// <summary>A character of <c>[\p{L}\p{N}_]</c>, the class the patterns' word guards use.</summary>
    private static bool IsWordCharacter(char c) =>
        c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private bool OpensAt(ReadOnlySpan<char> text, int position)
    {
        var node = 0;
        for (var i = position; i < text.Length; i++)
        {
            if (!_children.TryGetValue(Key(node, text[i]), out node))
            {
                return false;
            }

            if (_complete[node])
            {
                return true;
            }
        }

        return false;
    }
}
