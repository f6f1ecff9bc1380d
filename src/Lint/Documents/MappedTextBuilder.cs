using System.Text;

namespace HealthLint.Documents;

/// <summary>
/// Builds a block's visible text together with its <see cref="SourceMap"/>. Readers append what the
/// parser gave them with the source positions the parser gave; whitespace is collapsed the way a browser
/// renders it, so runs of spaces and line breaks become one space.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly string _source;
    private readonly StringBuilder _text = new();
    private readonly List<int> _textStarts = [];
    private readonly List<int> _sourceStarts = [];
    private readonly List<int> _sourceEnds = [];
    private readonly List<bool> _literal = [];
    private int _pendingSpaceStart = -1;
    private int _pendingSpaceEnd = -1;

    public MappedTextBuilder(string source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
    }

    public int Length => _text.Length + (_pendingSpaceStart >= 0 && _text.Length > 0 ? 1 : 0);

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends source characters [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>) as they are, collapsing whitespace.</summary>
    public void AppendSource(int sourceStart, int sourceEnd)
    {
        sourceStart = Math.Clamp(sourceStart, 0, _source.Length);
        sourceEnd = Math.Clamp(sourceEnd, sourceStart, _source.Length);
        var runStart = -1;
        for (var i = sourceStart; i < sourceEnd; i++)
        {
            if (IsCollapsibleSpace(_source[i]))
            {
                if (runStart >= 0)
                {
                    AppendLiteral(runStart, i);
                    runStart = -1;
                }

                AppendSpace(i, i + 1);
            }
            else if (runStart < 0)
            {
                runStart = i;
            }
        }

        if (runStart >= 0)
        {
            AppendLiteral(runStart, sourceEnd);
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
        AddSegment(_text.Length, sourceStart, sourceEnd, literal: false);
        _text.Append(text);
    }

    /// <summary>Appends a word boundary (a soft line break, a block-level tag inside a paragraph) standing for the given source span.</summary>
    public void AppendSpace(int sourceStart, int sourceEnd)
    {
        if (_text.Length == 0 || _pendingSpaceStart >= 0)
        {
            return;
        }

        _pendingSpaceStart = Math.Clamp(sourceStart, 0, _source.Length);
        _pendingSpaceEnd = Math.Clamp(sourceEnd, _pendingSpaceStart, _source.Length);
    }

    /// <summary>Appends a hard line break (&lt;br&gt;, a Markdown hard break), kept as '\n' so that sentences can end there.</summary>
    public void AppendLineBreak(int sourceStart, int sourceEnd)
    {
        if (_text.Length == 0)
        {
            return;
        }

        _pendingSpaceStart = -1;
        if (_text[^1] == '\n')
        {
            return;
        }

        if (_text[^1] == ' ')
        {
            _text.Length--;
            TrimSegments();
        }

        AddSegment(_text.Length, Math.Clamp(sourceStart, 0, _source.Length), Math.Clamp(sourceEnd, sourceStart, _source.Length), literal: false);
        _text.Append('\n');
    }

    public (string Text, SourceMap Map) Build()
    {
        _pendingSpaceStart = -1;
        while (_text.Length > 0 && (_text[^1] == ' ' || _text[^1] == '\n'))
        {
            _text.Length--;
            TrimSegments();
        }

        var map = new SourceMap(_textStarts.ToArray(), _sourceStarts.ToArray(), _sourceEnds.ToArray(), _literal.ToArray(), _text.Length);
        return (_text.ToString(), map);
    }

    private static bool IsCollapsibleSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private void AppendLiteral(int sourceStart, int sourceEnd)
    {
        FlushSpace();
        var count = _textStarts.Count;
        var textStart = _text.Length;
        if (count > 0 && _literal[count - 1] && _sourceEnds[count - 1] == sourceStart
            && _textStarts[count - 1] + (_sourceEnds[count - 1] - _sourceStarts[count - 1]) == textStart)
        {
            _sourceEnds[count - 1] = sourceEnd;
        }
        else
        {
            AddSegment(textStart, sourceStart, sourceEnd, literal: true);
        }

        _text.Append(_source, sourceStart, sourceEnd - sourceStart);
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
        if (_text.Length == 0 || _text[^1] == ' ' || _text[^1] == '\n')
        {
            return;
        }

        // A space that stands for one source character maps one to one: it extends the literal run before it, so
        // that a plain paragraph is one segment instead of two a word.
        var count = _textStarts.Count;
        if (end - start == 1 && count > 0 && _literal[count - 1] && _sourceEnds[count - 1] == start
            && _textStarts[count - 1] + (_sourceEnds[count - 1] - _sourceStarts[count - 1]) == _text.Length)
        {
            _sourceEnds[count - 1] = end;
        }
        else
        {
            AddSegment(_text.Length, start, end, literal: false);
        }

        _text.Append(' ');
    }

    private void AddSegment(int textStart, int sourceStart, int sourceEnd, bool literal)
    {
        var count = _textStarts.Count;
        if (count > 0 && _textStarts[count - 1] == textStart)
        {
            // An earlier segment produced no text; the new one takes its place.
            _sourceStarts[count - 1] = sourceStart;
            _sourceEnds[count - 1] = sourceEnd;
            _literal[count - 1] = literal;
            return;
        }

        _textStarts.Add(textStart);
        _sourceStarts.Add(sourceStart);
        _sourceEnds.Add(sourceEnd);
        _literal.Add(literal);
    }

    private void TrimSegments()
    {
        var count = _textStarts.Count;
        while (count > 0 && _textStarts[count - 1] >= _text.Length)
        {
            count--;
            _textStarts.RemoveAt(count);
            _sourceStarts.RemoveAt(count);
            _sourceEnds.RemoveAt(count);
            _literal.RemoveAt(count);
        }

        if (count > 0 && _literal[count - 1])
        {
            var kept = _text.Length - _textStarts[count - 1];
            _sourceEnds[count - 1] = _sourceStarts[count - 1] + kept;
        }
    }
}
