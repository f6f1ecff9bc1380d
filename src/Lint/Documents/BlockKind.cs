namespace HealthLint.Documents;

/// <summary>What a block of visible prose is. A paragraph inside a blockquote, aside or footer takes that container's kind.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    Quote,
    Aside,
    Footer,
}
