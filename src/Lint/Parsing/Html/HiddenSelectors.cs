using AngleSharp.Dom;

namespace HealthLint.Parsing.Html;

/// <summary>
/// The classes and ids a page's own style sheets hide (<c>.legal{display:none}</c>, <c>#promo{visibility:hidden}</c>):
/// a disclaimer hidden by a class is as invisible as one hidden by a <c>style</c> attribute.
/// </summary>
/// <remarks>
/// Only rules whose selectors are a class or an id, alone or after a tag name (<c>div.legal</c>), are read; rules
/// inside at-rules such as <c>@media</c> hold only on some screens and are skipped, as are selectors with
/// combinators, attributes or pseudo-classes. A later rule that shows the same selector again (<c>display:block</c>)
/// undoes an earlier one, as the cascade would.
/// </remarks>
internal sealed partial class HiddenSelectors
{
    /// <summary>How many rules are read at most: a style sheet of more is a framework's, not a page's own.</summary>
    private const int MaxRules = 20_000;

    private readonly Dictionary<string, List<SimpleSelector>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SimpleSelector>> _byId = new(StringComparer.Ordinal);

    private HiddenSelectors()
    {
    }

    /// <summary>The hiding selectors of the style sheets, or <see langword="null"/> when they hide nothing.</summary>
    public static HiddenSelectors? Read(IEnumerable<string> styleSheets)
    {
        var state = new Dictionary<SimpleSelector, bool>();
        var rules = 0;
        foreach (var sheet in styleSheets)
        {
            // Most style sheets hide nothing, and need not be read.
            if (!sheet.Contains("/*", StringComparison.Ordinal) && !HidingDeclaration().IsMatch(sheet))
            {
                continue;
            }

            var css = HiddenStyle.StripComments(sheet);
            var at = 0;
            while (at < css.Length && rules < MaxRules)
            {
                var open = css.IndexOf('{', at);
                if (open < 0)
                {
                    break;
                }

                var close = MatchingBrace(css, open);
                var prelude = css.AsSpan(at, open - at).Trim();
                var semicolon = prelude.LastIndexOf(';');
                if (semicolon >= 0)
                {
                    // A statement at-rule (@import …;) before the rule.
                    prelude = prelude[(semicolon + 1)..].Trim();
                }

                if (prelude.Length > 0 && prelude[0] != '@')
                {
                    rules++;
                    var declarations = css.Substring(open + 1, Math.Max(0, close - open - 1));
                    var hides = HiddenStyle.Hides(declarations);
                    var shows = !hides && SetsDisplayOrVisibility(declarations);
                    if (hides || shows)
                    {
                        foreach (var part in prelude.ToString().Split(','))
                        {
                            if (SimpleSelector.TryRead(part.Trim(), out var selector))
                            {
                                state[selector] = hides;
                            }
                        }
                    }
                }

                at = close + 1;
            }
        }

        var result = new HiddenSelectors();
        foreach (var (selector, hidden) in state)
        {
            if (!hidden)
            {
                continue;
            }

            var (index, key) = selector.Id is { } id ? (result._byId, id) : (result._byClass, selector.Classes[0]);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(selector);
        }

        return result._byClass.Count + result._byId.Count == 0 ? null : result;
    }

    /// <summary>Whether one of the hiding selectors matches the element.</summary>
    public bool Hides(string localName, IElement element)
    {
        if (_byId.Count > 0 && element.Id is { Length: > 0 } id && _byId.TryGetValue(id, out var byId) && AnyMatches(byId, localName, element))
        {
            return true;
        }

        if (_byClass.Count == 0 || element.GetAttribute("class") is not { Length: > 0 })
        {
            return false;
        }

        foreach (var name in element.ClassList)
        {
            if (_byClass.TryGetValue(name, out var byClass) && AnyMatches(byClass, localName, element))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMatches(List<SimpleSelector> selectors, string localName, IElement element)
    {
        foreach (var selector in selectors)
        {
            if (selector.Matches(localName, element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The closing brace of the block opened at <paramref name="open"/>, nested blocks skipped; the end when unclosed.</summary>
    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            if (css[i] == '{')
            {
                depth++;
            }
            else if (css[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return css.Length;
    }

    private static bool SetsDisplayOrVisibility(string declarations) =>
        declarations.Contains("display", StringComparison.OrdinalIgnoreCase)
        || declarations.Contains("visibility", StringComparison.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HidingDeclaration();

    /// <summary>A class or id selector, with an optional tag name and further classes: <c>div.legal.small</c>.</summary>
    private readonly record struct SimpleSelector(string? Tag, string? Id, string[] Classes)
    {
        public static bool TryRead(string text, out SimpleSelector selector)
        {
            selector = default;
            var i = 0;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var tag = i > 0 ? text[..i] : null;
            if (tag is not null && !char.IsAsciiLetter(tag[0]))
            {
                return false;
            }

            string? id = null;
            var classes = new List<string>();
            while (i < text.Length)
            {
                var sigil = text[i];
                if (sigil is not ('.' or '#'))
                {
                    return false;
                }

                var start = ++i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
                {
                    i++;
                }

                if (i == start)
                {
                    return false;
                }

                if (sigil == '#')
                {
                    if (id is not null)
                    {
                        return false;
                    }

                    id = text[start..i];
                }
                else
                {
                    classes.Add(text[start..i]);
                }
            }

            if (id is null && classes.Count == 0)
            {
                return false;
            }

            classes.Sort(StringComparer.Ordinal);
            selector = new SimpleSelector(tag?.ToLowerInvariant(), id, [.. classes]);
            return true;
        }

        public bool Matches(string localName, IElement element)
        {
            if (Tag is not null && !string.Equals(Tag, localName, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (Id is not null && !string.Equals(Id, element.Id, StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var name in Classes)
            {
                if (!element.ClassList.Contains(name))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Equals(SimpleSelector other) =>
            string.Equals(Tag, other.Tag, StringComparison.Ordinal) && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Classes.AsSpan().SequenceEqual(other.Classes);

        public override int GetHashCode()
        {
            var hash = HashCode.Combine(Tag, Id);
            foreach (var name in Classes)
            {
                hash = HashCode.Combine(hash, name);
            }

            return hash;
        }
    }
}
