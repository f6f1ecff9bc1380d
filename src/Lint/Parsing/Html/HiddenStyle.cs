namespace HealthLint.Parsing.Html;

/// <summary>Reads an inline <c>style</c> attribute for the declarations that hide an element: <c>display: none</c> and <c>visibility: hidden</c>.</summary>
internal static class HiddenStyle
{
    public static bool Hides(string? style)
    {
        if (string.IsNullOrEmpty(style) || style.IndexOf(':') < 0)
        {
            return false;
        }

        var declarations = StripComments(style);
        foreach (var declaration in declarations.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var property = declaration.AsSpan(0, colon).Trim();
            var value = declaration.AsSpan(colon + 1).Trim();
            var important = value.LastIndexOf('!');
            if (important >= 0 && value[(important + 1)..].Trim().Equals("important", StringComparison.OrdinalIgnoreCase))
            {
                value = value[..important].TrimEnd();
            }

            if (property.Equals("display", StringComparison.OrdinalIgnoreCase) && value.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (property.Equals("visibility", StringComparison.OrdinalIgnoreCase)
                && (value.Equals("hidden", StringComparison.OrdinalIgnoreCase) || value.Equals("collapse", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    internal static string StripComments(string style)
    {
        var open = style.IndexOf("/*", StringComparison.Ordinal);
        if (open < 0)
        {
            return style;
        }

        var result = new System.Text.StringBuilder(style.Length);
        var at = 0;
        while (open >= 0)
        {
            result.Append(style, at, open - at);
            var close = style.IndexOf("*/", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return result.ToString();
            }

            at = close + 2;
            open = style.IndexOf("/*", at, StringComparison.Ordinal);
        }

        result.Append(style, at, style.Length - at);
        return result.ToString();
    }
}
