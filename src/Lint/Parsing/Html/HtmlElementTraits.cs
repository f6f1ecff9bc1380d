using System.Collections.Frozen;
using AngleSharp.Dom;
using HealthLint.Documents;

namespace HealthLint.Parsing.Html;

/// <summary>How the reader treats HTML elements by name: which break blocks, which give blocks their kind, which hold no prose.</summary>
internal static class HtmlElementTraits
{
    /// <summary>The deepest element nesting the reader lints; deeper content is skipped with a note.</summary>
    public const int MaxLintedDepth = 256;

    public const string DepthNote = "HTML nested more than 256 elements deep: the content below that depth was not linted.";

    private static readonly FrozenSet<string> BlockLevel = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol",
        "optgroup", "option", "p", "plaintext", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "xmp");

    // Elements whose text is never prose and never shown as reading text either.
    private static readonly FrozenSet<string> Discarded = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "head", "title", "svg", "math", "textarea", "select", "datalist", "iframe", "noembed", "noframes", "object",
        "embed", "video", "audio", "canvas", "frameset");

    private static readonly FrozenDictionary<string, HiddenReason> ExcludedWithReason = new Dictionary<string, HiddenReason>(StringComparer.OrdinalIgnoreCase)
    {
        ["script"] = HiddenReason.Script,
        ["style"] = HiddenReason.Style,
        ["template"] = HiddenReason.Template,
        ["noscript"] = HiddenReason.NoScript,
        ["nav"] = HiddenReason.Navigation,
        ["code"] = HiddenReason.Code,
        ["pre"] = HiddenReason.Code,
        ["kbd"] = HiddenReason.Code,
        ["samp"] = HiddenReason.Code,
        ["listing"] = HiddenReason.Code,
        ["xmp"] = HiddenReason.Code,
        ["plaintext"] = HiddenReason.Code,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool IsBlockLevel(string localName) => BlockLevel.Contains(localName);

    /// <summary>Whether the element's content is excluded from prose, and if so whether (and why) it is recorded as hidden text.</summary>
    public static Exclusion ExclusionOf(string localName, IElement element, HiddenSelectors? hiddenSelectors = null)
    {
        if (ExcludedWithReason.TryGetValue(localName, out var reason))
        {
            return new Exclusion(true, reason);
        }

        // Most elements carry no attributes, and need no lookups.
        var hidden = element.Attributes.Length > 0
            && (element.GetAttribute("hidden") is not null
                || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                || HiddenStyle.Hides(element.GetAttribute("style"))
                || hiddenSelectors?.Hides(localName, element) == true);
        if (hidden
            || (string.Equals(localName, "dialog", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("open") is null))
        {
            return new Exclusion(true, HiddenReason.HiddenElement);
        }

        return Discarded.Contains(localName) ? new Exclusion(true, null) : default;
    }

    /// <summary>The kind a block takes from this element when it is the innermost element that gives one.</summary>
    public static BlockKind? KindOf(string localName, out int headingLevel)
    {
        headingLevel = 0;
        if (localName.Length == 2 && (localName[0] is 'h' or 'H') && localName[1] is >= '1' and <= '6')
        {
            headingLevel = localName[1] - '0';
            return BlockKind.Heading;
        }

        return localName switch
        {
            "li" or "dt" or "dd" => BlockKind.ListItem,
            "td" or "th" => BlockKind.TableCell,
            "blockquote" => BlockKind.Quote,
            "aside" => BlockKind.Aside,
            "footer" => BlockKind.Footer,
            _ => null,
        };
    }

    /// <summary>The container flags this element adds for the blocks inside it.</summary>
    public static BlockContext ContextOf(string localName, IElement element)
    {
        var context = localName switch
        {
            "blockquote" => BlockContext.Quote,
            "aside" => BlockContext.Aside,
            "footer" => BlockContext.Footer,
            "header" => BlockContext.Header,
            "ul" or "ol" or "dl" or "menu" or "dir" or "li" or "dt" or "dd" => BlockContext.List,
            "table" or "caption" or "td" => BlockContext.Table,
            "th" => BlockContext.Table | BlockContext.TableHeader,
            _ => BlockContext.None,
        };

        if (element.Attributes.Length > 0 && IsFootnoteContainer(element.GetAttribute("role"), element.GetAttribute("class")))
        {
            context |= BlockContext.Footnote;
        }

        return context;
    }

    // Footnote and reference lists as DPUB-ARIA roles mark them, and as Pandoc and most CMS footnote plugins class them.
    private static bool IsFootnoteContainer(string? role, string? classes)
    {
        if (role is not null)
        {
            // Read in place: most elements of a page carry a class, and splitting it would allocate for each.
            foreach (var range in role.AsSpan().Split(' '))
            {
                var token = role.AsSpan(range).Trim();
                if (token.Equals("doc-endnotes", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("doc-footnote", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("doc-endnote", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("doc-bibliography", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        if (classes is not null)
        {
            foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
            {
                var token = classes.AsSpan(range);
                if (token.Equals("footnotes", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("footnote", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("references", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
