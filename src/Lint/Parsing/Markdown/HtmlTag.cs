namespace HealthLint.Parsing.Markdown;

/// <summary>An HTML start or end tag met in Markdown source, at [<see cref="Start"/>, <see cref="End"/>) of the string it was read from.</summary>
internal sealed class HtmlTag
{
    private readonly List<KeyValuePair<string, string>> _attributes;

    public HtmlTag(string name, bool isEnd, bool isSelfClosing, int start, int end, List<KeyValuePair<string, string>> attributes)
    {
        Name = name;
        IsEnd = isEnd;
        IsSelfClosing = isSelfClosing;
        Start = start;
        End = end;
        _attributes = attributes;
    }

    /// <summary>The element name in lower case.</summary>
    public string Name { get; }

    public bool IsEnd { get; }

    /// <summary>Whether the tag ends with <c>/&gt;</c>.</summary>
    public bool IsSelfClosing { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Attribute names in lower case with their values as written (entities not decoded); an attribute without a value has the empty string.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes;

    /// <summary>Whether the element opened here has no content and no end tag (<c>br</c>, <c>img</c>, <c>&lt;x/&gt;</c>).</summary>
    public bool IsVoid => IsSelfClosing || HtmlTagScanner.IsVoidElement(Name);

    public bool HasAttribute(string name) => IndexOf(name) >= 0;

    public string? Attribute(string name)
    {
        var index = IndexOf(name);
        return index >= 0 ? _attributes[index].Value : null;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _attributes.Count; i++)
        {
            if (string.Equals(_attributes[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
