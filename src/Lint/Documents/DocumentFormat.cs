namespace HealthLint;

/// <summary>The markup language an article is written in.</summary>
public enum DocumentFormat
{
    /// <summary>CommonMark with GitHub tables, footnotes and YAML front matter.</summary>
    Markdown,

    /// <summary>HTML5, a full page or a fragment.</summary>
    Html,
}
