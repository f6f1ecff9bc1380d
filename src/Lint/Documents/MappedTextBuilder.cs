using System.Buffers;
using System.Text;

namespace HealthLint.Documents;

/// <summary>
/// Builds a block's visible text together with its <see cref="SourceMap"/>. Readers append what the
/// parser gave them with the source positions the parser gave; whitespace is collapsed the way a browser
/// renders it, so runs of spaces and line breaks become one space.
/// </summary>
internal sealed class MappedTextBuilder
{
    /// <summary>
    /// The buffers of the last builder this thread built, for the next one: a document makes a builder for every
    /// block, and their buffers were about a sixth of what linting allocated. Buffers grown past ordinary blocks are not kept.
    /// </summary>
    [ThreadStatic]
    private static Buffers? t_spare;

    private readonly string _source;
    private Buffers _buffers;
    private int _pendingSpaceStart = -1;
    private int _pendingSpaceEnd = -1;

    public MappedTextBuilder(string source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _buffers = t_spare ?? new Buffers();
        t_spare = null;
    }

    public int Length => _buffers.Text.Length + (_pendingSpaceStart >= 0 && _buffers.Text.Length > 0 ? 1 : 0);

    public bool IsEmpty => _buffers.Text.Length == 0;

    /// <summary>Appends source characters [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>) as they are, collapsing whitespace.</summary>
    public void AppendSource(int sourceStart, int sourceEnd)
    {
        sourceStart = Math.Clamp(sourceStart, 0, _source.Length);
        sourceEnd = Math.Clamp(sourceEnd, sourceStart, _source.Length);
        var span = _source.AsSpan(sourceStart, sourceEnd - sourceStart);
        if (span.Length > 0 && span[0] != ' ' && span[^1] != ' ' && !span.ContainsAny(OtherCollapsibleSpaces) && !span.Contains("  ", StringComparison.Ordinal))
        {
            // Words and single spaces: each space would map to its own character and extend the run before it, so
            // the whole span is one literal run, taken at once rather than word by word.
            AppendLiteral(sourceStart, sourceEnd);
            return;
        }

        // Words are taken whole, and each space on its own.
        var i = sourceStart;
        while (i < sourceEnd)
        {
            var space = _source.AsSpan(i, sourceEnd - i).IndexOfAny(CollapsibleSpaces);
            var wordEnd = space < 0 ? sourceEnd : i + space;
            if (wordEnd > i)
            {
                AppendLiteral(i, wordEnd);
            }

            for (i = wordEnd; i < sourceEnd && IsCollapsibleSpace(_source[i]); i++)
            {
                AppendSpace(i, i + 1);
            }
        }
    }

    /// <summary>Appends <paramref name="text"/> standing for the whole source span [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>): a decoded entity, a replaced character.</summary>
    public void AppendMapped(string text, int sourceStart, int sourceEnd)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        sourceStart = Math.Clamp(sourceStart, 0, _source.Length);
        sourceEnd = Math.Clamp(sourceEnd, sourceStart, _source.Length);
        if (text.Length == 1 && IsCollapsibleSpace(text[0]))
        {
            AppendSpace(sourceStart, sourceEnd);
            return;
        }

        FlushSpace();
        AddSegment(_buffers.Text.Length, sourceStart, sourceEnd, literal: false);
        _buffers.Text.Append(text);
    }

    /// <summary>Appends a word boundary (a soft line break, a block-level tag inside a paragraph) standing for the given source span.</summary>
    public void AppendSpace(int sourceStart, int sourceEnd)
    {
        if (_buffers.Text.Length == 0 || _pendingSpaceStart >= 0)
        {
            return;
        }

        _pendingSpaceStart = Math.Clamp(sourceStart, 0, _source.Length);
        _pendingSpaceEnd = Math.Clamp(sourceEnd, _pendingSpaceStart, _source.Length);
    }

    /// <summary>Appends a hard line break (&lt;br&gt;, a Markdown hard break), kept as '\n' so that sentences can end there.</summary>
    public void AppendLineBreak(int sourceStart, int sourceEnd)
    {
        if (_buffers.Text.Length == 0)
        {
            return;
        }

        _pendingSpaceStart = -1;
        if (_buffers.Text[^1] == '\n')
        {
            return;
        }

        if (_buffers.Text[^1] == ' ')
        {
            _buffers.Text.Length--;
            TrimSegments();
        }

        AddSegment(_buffers.Text.Length, Math.Clamp(sourceStart, 0, _source.Length), Math.Clamp(sourceEnd, sourceStart, _source.Length), literal: false);
        _buffers.Text.Append('\n');
    }

    public (string Text, SourceMap Map) Build()
    {
        _pendingSpaceStart = -1;
        while (_buffers.Text.Length > 0 && (_buffers.Text[^1] == ' ' || _buffers.Text[^1] == '\n'))
        {
            _buffers.Text.Length--;
            TrimSegments();
        }

        var map = new SourceMap(_buffers.TextStarts.ToArray(), _buffers.SourceStarts.ToArray(), _buffers.SourceEnds.ToArray(), _buffers.Literal.ToArray(), _buffers.Text.Length);
        var text = _buffers.Text.ToString();
        if (_buffers.Reusable)
        {
            _buffers.Clear();
            t_spare = _buffers;
        }

        // A builder is not used once built; its buffers may be another's now.
        _buffers = null!;
        return (text, map);
    }

    private static bool IsCollapsibleSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static readonly SearchValues<char> CollapsibleSpaces = SearchValues.Create(" \t\n\r\f");

    private static readonly SearchValues<char> OtherCollapsibleSpaces = SearchValues.Create("\t\n\r\f");

    private void AppendLiteral(int sourceStart, int sourceEnd)
    {
        FlushSpace();
        var count = _buffers.TextStarts.Count;
        var textStart = _buffers.Text.Length;
        if (count > 0 && _buffers.Literal[count - 1] && _buffers.SourceEnds[count - 1] == sourceStart
            && _buffers.TextStarts[count - 1] + (_buffers.SourceEnds[count - 1] - _buffers.SourceStarts[count - 1]) == textStart)
        {
            _buffers.SourceEnds[count - 1] = sourceEnd;
        }
        else
        {
            AddSegment(textStart, sourceStart, sourceEnd, literal: true);
        }

        _buffers.Text.Append(_source, sourceStart, sourceEnd - sourceStart);
    }

    private void FlushSpace()
    {
        if (_pendingSpaceStart < 0)
        {
            return;
        }

        var start = _pendingSpaceStart;
        var end = _pendingSpaceEnd;
        _pendingSpaceStart = -1;
        if (_buffers.Text.Length == 0 || _buffers.Text[^1] == ' ' || _buffers.Text[^1] == '\n')
        {
            return;
        }

        // A space that stands for one source character maps one to one: it extends the literal run before it, so
        // that a plain paragraph is one segment instead of two a word.
        var count = _buffers.TextStarts.Count;
        if (end - start == 1 && count > 0 && _buffers.Literal[count - 1] && _buffers.SourceEnds[count - 1] == start
            && _buffers.TextStarts[count - 1] + (_buffers.SourceEnds[count - 1] - _buffers.SourceStarts[count - 1]) == _buffers.Text.Length)
        {
            _buffers.SourceEnds[count - 1] = end;
        }
        else
        {
            AddSegment(_buffers.Text.Length, start, end, literal: false);
        }

        _buffers.Text.Append(' ');
    }

    private void AddSegment(int textStart, int sourceStart, int sourceEnd, bool literal)
    {
        var count = _buffers.TextStarts.Count;
        if (count > 0 && _buffers.TextStarts[count - 1] == textStart)
        {
            // An earlier segment produced no text; the new one takes its place.
            _buffers.SourceStarts[count - 1] = sourceStart;
            _buffers.SourceEnds[count - 1] = sourceEnd;
            _buffers.Literal[count - 1] = literal;
            return;
        }

        _buffers.TextStarts.Add(textStart);
        _buffers.SourceStarts.Add(sourceStart);
        _buffers.SourceEnds.Add(sourceEnd);
        _buffers.Literal.Add(literal);
    }

    private void TrimSegments()
    {
        var count = _buffers.TextStarts.Count;
        while (count > 0 && _buffers.TextStarts[count - 1] >= _buffers.Text.Length)
        {
            count--;
            _buffers.TextStarts.RemoveAt(count);
            _buffers.SourceStarts.RemoveAt(count);
            _buffers.SourceEnds.RemoveAt(count);
            _buffers.Literal.RemoveAt(count);
        }

        if (count > 0 && _buffers.Literal[count - 1])
        {
            var kept = _buffers.Text.Length - _buffers.TextStarts[count - 1];
            _buffers.SourceEnds[count - 1] = _buffers.SourceStarts[count - 1] + kept;
        }
    }

    private sealed class Buffers
    {
        private const int MaxKeptLength = 16 * 1024;

        public StringBuilder Text { get; } = new();

        public List<int> TextStarts { get; } = [];

        public List<int> SourceStarts { get; } = [];

        public List<int> SourceEnds { get; } = [];

        public List<bool> Literal { get; } = [];

        public bool Reusable => Text.Capacity <= MaxKeptLength && TextStarts.Capacity <= MaxKeptLength;

        public void Clear()
        {
            Text.Clear();
            TextStarts.Clear();
            SourceStarts.Clear();
            SourceEnds.Clear();
            Literal.Clear();
        }
    }
}
