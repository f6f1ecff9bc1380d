namespace HealthLint.Parsing.Html;

/// <summary>What a '&lt;' in the source starts, as the HTML tokenizer reads it.</summary>
internal enum MarkupKind : byte
{
    /// <summary>Not markup: the '&lt;' is text.</summary>
    None,
    StartTag,
    EndTag,
    Comment,
    Doctype,
    CData,

    /// <summary>Markup the tokenizer drops without a trace: <c>&lt;/&gt;</c>, or a tag cut off by the end of the input.</summary>
    Dropped,
}
