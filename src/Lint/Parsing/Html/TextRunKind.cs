namespace HealthLint.Parsing.Html;

/// <summary>How the HTML tokenizer reads a stretch of character data.</summary>
internal enum TextRunKind : byte
{
    /// <summary>Ordinary content: character references are decoded.</summary>
    Data,

    /// <summary>&lt;title&gt; and &lt;textarea&gt;: no markup, but character references are decoded.</summary>
    RcData,

    /// <summary>&lt;script&gt;, &lt;style&gt; and the like: taken as it is.</summary>
    RawText,

    /// <summary>A CDATA section in SVG or MathML: taken as it is.</summary>
    CData,
}
