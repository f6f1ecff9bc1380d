namespace HealthLint.Parsing;

/// <summary>
/// Tells YAML nested too deeply to hand to the YAML parser, which recurses once per level and would exhaust the
/// stack: flow collections (<c>[[[…</c>) deeper than <see cref="MaxNesting"/>, or lines whose indentation, dashes
/// and other block indicators pass <see cref="MaxIndentation"/>.
/// </summary>
internal static class YamlDepth
{
    public const int MaxNesting = 64;

    public const int MaxIndentation = 512;

    /// <summary>The offset in [<paramref name="start"/>, <paramref name="end"/>) where the text first nests too deeply, or -1.</summary>
    public static int FindTooDeep(string text, int start, int end)
    {
        var depth = 0;
        var indentation = 0;
        var atLineStart = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '[' or '{':
                    if (++depth > MaxNesting)
                    {
                        return i;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            if (c is '\n' or '\r')
            {
                atLineStart = true;
                indentation = 0;
            }
            else if (atLineStart && c is ' ' or '\t' or '-' or '?' or ':')
            {
                if (++indentation > MaxIndentation)
                {
                    return i;
                }
            }
            else
            {
                atLineStart = false;
            }
        }

        return -1;
    }
}
