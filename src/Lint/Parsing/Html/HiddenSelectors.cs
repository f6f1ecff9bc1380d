using AngleSharp.Dom;

namespace HealthLint.Parsing.Html;

/// <summary>
/// The classes and ids a page's own style sheets hide (<c>.legal{display:none}</c>, <c>#promo{visibility:hidden}</c>):
/// a disclaimer hidden by a class is as invisible as one hidden by a <c>style</c> attribute.
/// </summary>
/// <remarks>
/// Only rules whose selectors are a class or an id, alone or after a tag name (<c>div.legal</c>), are read;
/// selectors with combinators, attributes or pseudo-classes are skipped. A later rule that shows the same selector
/// again (<c>display:block</c>) undoes an earlier one, as the cascade would. Rules inside a conditional at-rule
/// (<c>@media</c>) hold only on some screens: what they hide is not counted, what they show is shown to some readers.
/// </remarks>
internal sealed partial class HiddenSelectors
{
    /// <summary>How many rules are read at most: a style sheet of more is a framework's, not a page's own.</summary>
    private const int MaxRules = 20_000;

    /// <summary>How deep conditional at-rules are read; deeper ones (a page never nests more) are skipped, not recursed into.</summary>
    private const int MaxNesting = 8;

    private readonly SelectorIndex _hidden = new();

    // Selectors that a conditional rule (@media …) shows: an element they match is shown on some screens.
    private readonly SelectorIndex _shownOnSomeScreens = new();

    private HiddenSelectors()
    {
    }

    /// <summary>The hiding selectors of the style sheets, or <see langword="null"/> when they hide nothing.</summary>
    public static HiddenSelectors? Read(IEnumerable<string> styleSheets)
    {
        // Most pages' style sheets hide nothing, and need not be read.
        var sheets = styleSheets.ToList();
        if (!sheets.Exists(sheet => sheet.Contains("/*", StringComparison.Ordinal) || HidingDeclaration().IsMatch(sheet)))
        {
            return null;
        }

        var result = new HiddenSelectors();
        var state = new Dictionary<SimpleSelector, bool>();
        var rules = 0;
        foreach (var sheet in sheets)
        {
            ReadRules(HiddenStyle.StripComments(sheet), state, result._shownOnSomeScreens, 0, ref rules);
        }

        foreach (var (selector, hidden) in state)
        {
            if (hidden)
            {
                result._hidden.Add(selector);
            }
        }

        return result._hidden.IsEmpty ? null : result;
    }

    /// <summary>
    /// Reads the rules of <paramref name="css"/> into <paramref name="state"/> (hidden or shown, the later rule
    /// winning); rules inside a conditional at-rule (<c>@media</c>) only add what they show to <paramref name="shown"/>.
    /// </summary>
    private static void ReadRules(string css, Dictionary<SimpleSelector, bool>? state, SelectorIndex shown, int depth, ref int rules)
    {
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

            var block = css.AsSpan(open + 1, Math.Max(0, close - open - 1));
            rules++;
            if (prelude.Length > 0 && prelude[0] == '@')
            {
                if (depth < MaxNesting && (prelude.StartsWith("@media", StringComparison.OrdinalIgnoreCase) || prelude.StartsWith("@supports", StringComparison.OrdinalIgnoreCase)
                    || prelude.StartsWith("@container", StringComparison.OrdinalIgnoreCase) || prelude.StartsWith("@layer", StringComparison.OrdinalIgnoreCase)))
                {
                    ReadRules(block.ToString(), null, shown, depth + 1, ref rules);
                }
            }
            else if (prelude.Length > 0)
            {
                var declarations = block.ToString();
                var hides = HiddenStyle.Hides(declarations);
                var shows = !hides && SetsDisplayOrVisibility(declarations);
                if (hides || shows)
                {
                    foreach (var part in prelude.ToString().Split(','))
                    {
                        if (!SimpleSelector.TryRead(part.Trim(), out var selector))
                        {
                            continue;
                        }

                        if (state is not null)
                        {
                            state[selector] = hides;
                        }
                        else if (shows)
                        {
                            shown.Add(selector);
                        }
                    }
                }
            }

            at = close + 1;
        }
    }

    /// <summary>
    /// Whether one of the hiding selectors matches the element, and no selector that a conditional rule shows does:
    /// an element hidden by default and shown on wider screens (<c>class="d-none d-md-block"</c>) is read.
    /// </summary>
    public bool Hides(string localName, IElement element) =>
        _hidden.Matches(localName, element) && !_shownOnSomeScreens.Matches(localName, element);

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

    /// <summary>Selectors by their id, or else by their first class, for a lookup per element rather than a scan.</summary>
    private sealed class SelectorIndex
    {
        private readonly Dictionary<string, List<SimpleSelector>> _byClass = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<SimpleSelector>> _byId = new(StringComparer.Ordinal);

        public bool IsEmpty => _byClass.Count + _byId.Count == 0;

        public void Add(SimpleSelector selector)
        {
            var (index, key) = selector.Id is { } id ? (_byId, id) : (_byClass, selector.Classes[0]);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(selector);
        }

        public bool Matches(string localName, IElement element)
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
    }

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
