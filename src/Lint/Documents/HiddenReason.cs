namespace HealthLint.Documents;

/// <summary>Why text in the source is not visible to readers.</summary>
internal enum HiddenReason
{
    Comment,
    Script,
    Style,
    Template,
    NoScript,
    Navigation,
    HiddenElement,
    FrontMatter,
    Metadata,
    Code,
}
