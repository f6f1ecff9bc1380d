namespace HealthLint.Parsing.Html;

/// <summary>One piece of markup found at a '&lt;': its extent, and its tag name or comment data.</summary>
internal readonly record struct Markup(MarkupKind Kind, int Start, int End, int NameStart, int NameEnd, bool SelfClosing, int DataStart, int DataEnd)
{
    public static Markup None(int at) => new(MarkupKind.None, at, at + 1, at, at, false, at, at);
}
