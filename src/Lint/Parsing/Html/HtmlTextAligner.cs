using HealthLint.Documents;

namespace HealthLint.Parsing.Html;

/// <summary>
/// Finds where the characters of each DOM text node and comment came from in the source. Nodes are given in
/// document order; a cursor moves forward through the scanned text runs, matching each node's characters against
/// the source: literal characters one to one, character references as a whole, CRLF and CR as the parser's LF,
/// NUL as the parser dropped or replaced it. Where the tree builder moved text (foster parenting, misnested
/// formatting) the match is tried again a few runs ahead and from the node's nearest known element start; what
/// still does not match is mapped as a whole to the start tag of its element.
/// </summary>
internal sealed class HtmlTextAligner
{
    // How many following runs a node that does not match at the cursor is tried against.
    private const int Lookahead = 8;

    // How many following comments a comment that does not match the next one is tried against.
    private const int CommentLookahead = 4;

    private readonly string _text;
    private readonly TextRun[] _runs;
    private readonly CommentSpan[] _comments;
    private readonly int _end;
    private int _run;
    private int _pos;
    private int _comment;

    public HtmlTextAligner(HtmlSourceScan scan)
    {
        _text = scan.Text;
        _runs = scan.Runs;
        _comments = scan.Comments;
        _end = scan.End;
        _run = 0;
        _pos = _runs.Length > 0 ? _runs[0].Start : scan.Start;
    }

    /// <summary>Where the cursor stands in the source.</summary>
    public int Position => _pos;

    /// <summary>
    /// Aligns a text node and appends it to <paramref name="target"/> (when given) with its source positions.
    /// <paramref name="lowerBound"/> is the start of the nearest element before the node (-1 when unknown);
    /// what cannot be aligned maps to the start tag at <paramref name="anchorStart"/> (the node's nearest element
    /// whose start is known; -1 when none is: then to the cursor).
    /// </summary>
    public void Align(string data, MappedTextBuilder? target, int lowerBound, int anchorStart)
    {
        if (string.IsNullOrEmpty(data))
        {
            return;
        }

        var run = _run;
        var pos = _pos;
        if (lowerBound > pos)
        {
            (run, pos) = FirstRunAfter(lowerBound);
        }

        var whitespaceOnly = IsWhitespace(data);
        var done = 0;
        while (done < data.Length)
        {
            var (bestRun, bestPos, bestCount) = BestCandidate(data, done, run, pos, lowerBound, whitespaceOnly);
            if (bestCount == 0)
            {
                AppendAtomic(data, done, target, anchorStart);
                return;
            }

            Match(data, done, bestRun, bestPos, target, out run, out pos);
            done += bestCount;
            _run = run;
            _pos = pos;
        }
    }

    /// <summary>Aligns a comment's data with the next comments of the source and appends it to <paramref name="target"/>.</summary>
    public void AlignComment(string data, MappedTextBuilder? target, int anchorStart)
    {
        var stop = Math.Min(_comments.Length, _comment + CommentLookahead);
        for (var i = _comment; i < stop; i++)
        {
            var span = _comments[i];
            if (MatchComment(data, span, null))
            {
                MatchComment(data, span, target);
                _comment = i + 1;
                return;
            }
        }

        AppendAtomic(data, 0, target, anchorStart);
    }

    private (int Run, int Pos, int Count) BestCandidate(string data, int from, int run, int pos, int lowerBound, bool whitespaceOnly)
    {
        var best = (Run: run, Pos: pos, Count: Match(data, from, run, pos, null, out _, out _));
        if (best.Count == data.Length - from || whitespaceOnly)
        {
            // Whitespace is not worth moving the cursor for: it would match far too easily in the wrong place.
            return best;
        }

        for (var next = run + 1; next < _runs.Length && next <= run + Lookahead; next++)
        {
            var count = Match(data, from, next, _runs[next].Start, null, out _, out _);
            if (count > best.Count)
            {
                best = (next, _runs[next].Start, count);
                if (count == data.Length - from)
                {
                    return best;
                }
            }
        }

        if (lowerBound >= 0 && lowerBound < pos)
        {
            var (anchorRun, anchorPos) = FirstRunAfter(lowerBound);
            for (var next = anchorRun; next < _runs.Length && next <= anchorRun + Lookahead && next < run; next++)
            {
                var start = next == anchorRun ? anchorPos : _runs[next].Start;
                var count = Match(data, from, next, start, null, out _, out _);
                if (count > best.Count)
                {
                    best = (next, start, count);
                    if (count == data.Length - from)
                    {
                        return best;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Matches <c>data[from..]</c> against the source from (<paramref name="run"/>, <paramref name="pos"/>) until the
    /// first character that does not fit; returns how many characters of data matched and, when
    /// <paramref name="target"/> is given, appends them with their positions.
    /// </summary>
    private int Match(string data, int from, int run, int pos, MappedTextBuilder? target, out int endRun, out int endPos)
    {
        var j = from;
        var literalStart = -1;
        var started = false;
        while (j < data.Length && run < _runs.Length)
        {
            var current = _runs[run];
            if (pos >= current.End)
            {
                Flush(target, ref literalStart, pos);
                run++;
                if (run < _runs.Length)
                {
                    pos = _runs[run].Start;
                }

                continue;
            }

            var s = _text[pos];
            var d = data[j];
            if (s == '&' && DecodesReferences(current.Kind)
                && CharacterReference.TryMatch(_text, pos, current.End, data, j, out var referenceEnd, out var value))
            {
                Flush(target, ref literalStart, pos);
                target?.AppendMapped(value, pos, referenceEnd);
                j += value.Length;
                pos = referenceEnd;
                started = true;
            }
            else if (s == d)
            {
                if (literalStart < 0)
                {
                    literalStart = pos;
                }

                var length = 1 + SameLiteralLength(data, j + 1, pos + 1, current);
                pos += length;
                j += length;
                started = true;
            }
            else if (s == '\r' && d == '\n')
            {
                if (literalStart < 0)
                {
                    literalStart = pos;
                }

                pos++;
                if (pos < current.End && _text[pos] == '\n')
                {
                    pos++;
                }

                j++;
                started = true;
            }
            else if (s == '\0')
            {
                Flush(target, ref literalStart, pos);
                if (d == '\uFFFD')
                {
                    target?.AppendMapped("\uFFFD", pos, pos + 1);
                    j++;
                    started = true;
                }

                pos++;
            }
            else if (!started && HtmlMarkupReader.IsSpace(s) && (!HtmlMarkupReader.IsSpace(d) || s is '\n' or '\r'))
            {
                // Whitespace the tree builder dropped: before <html>, and the line break after <pre>, <listing> or
                // <textarea>, which the indentation of the next line may follow and the node then starts with.
                pos++;
            }
            else
            {
                break;
            }
        }

        Flush(target, ref literalStart, pos);
        endRun = run;
        endPos = Math.Min(pos, _end);
        return j - from;
    }

    /// <summary>
    /// How many characters from <paramref name="pos"/> in the source and <paramref name="j"/> in the data are the same
    /// literal characters, within the run: most of a text node is, and comparing them at once is much faster than
    /// one by one. A character reference stops it, since '&amp;' may stand for other characters.
    /// </summary>
    private int SameLiteralLength(string data, int j, int pos, TextRun run)
    {
        // Only the characters found the same are searched for a reference: the cost stays that of the match, however
        // long the run.
        var same = _text.AsSpan(pos, Math.Max(0, run.End - pos)).CommonPrefixLength(data.AsSpan(j));
        if (DecodesReferences(run.Kind))
        {
            var reference = _text.AsSpan(pos, same).IndexOf('&');
            if (reference >= 0)
            {
                return reference;
            }
        }

        return same;
    }

    /// <summary>Whether the parser decodes character references in such a run (not in raw text or CDATA).</summary>
    private static bool DecodesReferences(TextRunKind kind) => kind is TextRunKind.Data or TextRunKind.RcData;

    private bool MatchComment(string data, CommentSpan span, MappedTextBuilder? target)
    {
        var pos = span.DataStart;
        var j = 0;
        var literalStart = -1;
        while (j < data.Length && pos < span.DataEnd)
        {
            var s = _text[pos];
            var d = data[j];
            if (s == d)
            {
                if (literalStart < 0)
                {
                    literalStart = pos;
                }

                pos++;
                j++;
            }
            else if (s == '\r' && d == '\n')
            {
                if (literalStart < 0)
                {
                    literalStart = pos;
                }

                pos++;
                if (pos < span.DataEnd && _text[pos] == '\n')
                {
                    pos++;
                }

                j++;
            }
            else if (s == '\0' && d == '\uFFFD')
            {
                Flush(target, ref literalStart, pos);
                target?.AppendMapped("\uFFFD", pos, pos + 1);
                pos++;
                j++;
            }
            else
            {
                return false;
            }
        }

        Flush(target, ref literalStart, pos);
        return j == data.Length && pos == span.DataEnd;
    }

    private static void Flush(MappedTextBuilder? target, ref int literalStart, int pos)
    {
        if (literalStart >= 0)
        {
            target?.AppendSource(literalStart, pos);
            literalStart = -1;
        }
    }

    /// <summary>Appends text that could not be aligned, word by word, each word standing for the start tag of its element.</summary>
    private void AppendAtomic(string data, int from, MappedTextBuilder? target, int anchorStart)
    {
        if (target is null)
        {
            return;
        }

        var (start, end) = StartTagSpan(anchorStart);
        var i = from;
        while (i < data.Length)
        {
            if (HtmlMarkupReader.IsSpace(data[i]))
            {
                target.AppendSpace(start, end);
                i++;
                continue;
            }

            var wordStart = i;
            while (i < data.Length && !HtmlMarkupReader.IsSpace(data[i]))
            {
                i++;
            }

            target.AppendMapped(data[wordStart..i], start, end);
        }
    }

    /// <summary>The span of the start tag at <paramref name="start"/>; an empty span at the cursor when the start is unknown.</summary>
    public (int Start, int End) StartTagSpan(int start)
    {
        if (start < 0)
        {
            var at = Math.Clamp(_pos, 0, _text.Length);
            return (at, at);
        }

        return (start, HtmlMarkupReader.StartTagEnd(_text, start, _end));
    }

    /// <summary>The first run that ends after <paramref name="offset"/>, and where in it to start.</summary>
    private (int Run, int Pos) FirstRunAfter(int offset)
    {
        int low = 0, high = _runs.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_runs[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < _runs.Length ? (low, Math.Max(_runs[low].Start, offset)) : (_runs.Length, _end);
    }

    private static bool IsWhitespace(string data)
    {
        foreach (var c in data)
        {
            if (!HtmlMarkupReader.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
