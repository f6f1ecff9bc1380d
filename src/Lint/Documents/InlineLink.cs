namespace HealthLint.Documents;

/// <summary>A hyperlink inside a block: the link text occupies [<see cref="Start"/>, <see cref="End"/>) of the block text (empty for a link without text).</summary>
internal sealed record InlineLink(int Start, int End, string Target, LinkKind Kind)
{
    public static LinkKind Classify(string target)
    {
        var trimmed = target.Trim();
        if (trimmed.StartsWith('#'))
        {
            return LinkKind.InPage;
        }

        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return LinkKind.External;
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return LinkKind.External;
        }

        var colon = trimmed.IndexOf(':');
        var slash = trimmed.AsSpan().IndexOfAny('/', '?', '#');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            return LinkKind.Other;
        }

        return LinkKind.Relative;
    }
}
