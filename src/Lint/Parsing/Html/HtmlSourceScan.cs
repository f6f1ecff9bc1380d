namespace HealthLint.Parsing.Html;

/// <summary>What <see cref="HtmlSourceScanner"/> found in a stretch of HTML source, in source order.</summary>
internal sealed class HtmlSourceScan
{
    public HtmlSourceScan(string text, int start, int end, TextRun[] runs, CommentSpan[] comments, bool blanked)
    {
        Text = text;
        Start = start;
        End = end;
        Runs = runs;
        Comments = comments;
        Blanked = blanked;
    }

    /// <summary>
    /// The whole source, with markup nested too deep for the parser blanked out (spaces, same length) when
    /// <see cref="Blanked"/>; otherwise the source itself. Offsets into it are offsets into the source.
    /// </summary>
    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public TextRun[] Runs { get; }

    public CommentSpan[] Comments { get; }

    /// <summary>Whether some markup was nested so deep that it was blanked out before parsing.</summary>
    public bool Blanked { get; }
}
