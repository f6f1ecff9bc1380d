using System.Buffers;

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
    // The trie, node by node: a node's children are _labels and _targets from _firstChild[node] to
    // _firstChild[node + 1], sorted by label. Most nodes have one or two children, which a search of the labels finds
    // sooner than a hash of the node and character would.
    private readonly int[] _firstChild;
    private readonly char[] _labels;
    private readonly int[] _targets;
    private readonly bool[] _complete;
    private readonly SearchValues<char> _firstCharacters;

    /// <summary>
    /// The root's children by ASCII character, -1 where there is none: the root has a child for most letters, and
    /// every walk starts there.
    /// </summary>
    private readonly int[] _asciiRootChildren = new int[128];

    /// <summary>Whether every opening starts with a word character, so that a match can only start where a word does.</summary>
    private readonly bool _opensWords;

    public OpeningIndex(IEnumerable<string> openings)
    {
        var first = new HashSet<char>();
        var children = new List<SortedList<char, int>?> { null };
        var complete = new List<bool> { false };
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
                var labels = children[node] ??= [];
                if (!labels.TryGetValue(c, out var child))
                {
                    child = complete.Count;
                    complete.Add(false);
                    children.Add(null);
                    labels[c] = child;
                }

                node = child;
            }

            complete[node] = true;
        }

        _firstChild = new int[children.Count + 1];
        _labels = new char[children.Count - 1];
        _targets = new int[children.Count - 1];
        var next = 0;
        for (var node = 0; node < children.Count; node++)
        {
            _firstChild[node] = next;
            foreach (var (label, child) in children[node] ?? [])
            {
                _labels[next] = label;
                _targets[next++] = child;
            }
        }

        _firstChild[children.Count] = next;
        Array.Fill(_asciiRootChildren, -1);
        foreach (var (label, child) in children[0] ?? [])
        {
            if (label < _asciiRootChildren.Length)
            {
                _asciiRootChildren[label] = child;
            }
        }

        _complete = [.. complete];
        _firstCharacters = SearchValues.Create(first.ToArray());
        _opensWords = first.All(WordCharacters.Is);
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
            // A match may start right after a letter when it starts with punctuation (", zork" in "Blah, zork").
            if ((position == 0 || !WordCharacters.Is(span[position - 1]) || !WordCharacters.Is(span[position])) && OpensAt(span, position))
            {
                return position;
            }

            position++;
        }

        return -1;
    }

    /// <summary>
    /// <see cref="NextStart(string, int)"/>, given where the text's words start (<see cref="WordCharacters.StartsIn"/>):
    /// where every opening starts with a word character, only those places are looked at.
    /// </summary>
    public int NextStart(string text, int[] wordStarts, int from)
    {
        if (!_opensWords)
        {
            return NextStart(text, from);
        }

        var i = wordStarts.AsSpan().BinarySearch(Math.Max(from, 0));
        for (i = i < 0 ? ~i : i; i < wordStarts.Length; i++)
        {
            var position = wordStarts[i];
            if (_firstCharacters.Contains(text[position]) && OpensAt(text, position))
            {
                return position;
            }
        }

        return -1;
    }

    private bool OpensAt(ReadOnlySpan<char> text, int position)
    {
        var node = 0;
        for (var i = position; i < text.Length; i++)
        {
            node = Child(node, text[i]);
            if (node < 0)
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

    /// <summary>The child of <paramref name="node"/> on <paramref name="c"/>, or -1.</summary>
    private int Child(int node, char c)
    {
        if (node == 0 && c < _asciiRootChildren.Length)
        {
            return _asciiRootChildren[c];
        }

        var start = _firstChild[node];
        if (_firstChild[node + 1] - start == 1)
        {
            return _labels[start] == c ? _targets[start] : -1;
        }

        var found = _labels.AsSpan(start, _firstChild[node + 1] - start).BinarySearch(c);
        return found >= 0 ? _targets[start + found] : -1;
    }
}
