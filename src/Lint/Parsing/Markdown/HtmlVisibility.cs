using HealthLint.Documents;

namespace HealthLint.Parsing.Markdown;

/// <summary>Decides from a start tag alone whether the element keeps its content from readers.</summary>
internal static class HtmlVisibility
{
    /// <summary>Why the element opened by <paramref name="tag"/> hides its content, or <see langword="null"/> when it does not.</summary>
    public static HiddenReason? HidingReason(HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "script":
                return HiddenReason.Script;
            case "style":
                return HiddenReason.Style;
            case "template":
                return HiddenReason.Template;
            case "noscript":
                return HiddenReason.NoScript;
            case "nav":
                return HiddenReason.Navigation;
        }

        if (tag.HasAttribute("hidden"))
        {
            return HiddenReason.HiddenElement;
        }

        var ariaHidden = tag.Attribute("aria-hidden");
        if (ariaHidden is not null && ariaHidden.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return HiddenReason.HiddenElement;
        }

        var style = tag.Attribute("style");
        if (style is not null && HidesByStyle(style))
        {
            return HiddenReason.HiddenElement;
        }

        return null;
    }

    /// <summary>Whether an inline style declares <c>display: none</c> or <c>visibility: hidden</c>.</summary>
    public static bool HidesByStyle(string style)
    {
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var property = declaration.AsSpan(0, colon).Trim();
            var value = declaration.AsSpan(colon + 1).Trim();
            var important = value.IndexOf('!');
            if (important >= 0)
            {
                value = value[..important].TrimEnd();
            }

            if (property.Equals("display", StringComparison.OrdinalIgnoreCase) && value.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (property.Equals("visibility", StringComparison.OrdinalIgnoreCase) && value.Equals("hidden", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
