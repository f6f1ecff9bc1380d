namespace HealthLint.Documents;

/// <summary>The containers a block sits in; a list item inside a blockquote has <see cref="Quote"/> set.</summary>
[Flags]
internal enum BlockContext
{
    None = 0,
    Quote = 1,
    Aside = 2,
    Footer = 4,
    Header = 8,
    List = 16,
    Table = 32,
    /// <summary>A footnote definition or an entry of a reference list.</summary>
    Footnote = 64,
    /// <summary>A table header cell.</summary>
    TableHeader = 128,
}
