namespace HealthLint;

/// <summary>The findings for one document.</summary>
public sealed class LintResult
{
    internal LintResult(string? path, DocumentFormat format, IReadOnlyList<Finding> findings, IReadOnlyList<string> notices)
    {
        Path = path;
        Format = format;
        Findings = findings;
        Notices = notices;
    }

    /// <summary>The path the document was linted under, as given to <see cref="Linter.Lint(string, DocumentFormat, string?)"/>.</summary>
    public string? Path { get; }

    /// <summary>The format the document was read as.</summary>
    public DocumentFormat Format { get; }

    /// <summary>
    /// The findings, sorted by position, then rule id. Findings that an inline directive suppresses are included,
    /// marked by <see cref="Finding.Suppression"/>; <see cref="Finding.IsActive"/> tells those that count.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// What the reader could not follow but survived (nesting too deep, for example); the findings for the rest of
    /// the document are still complete.
    /// </summary>
    public IReadOnlyList<string> Notices { get; }

    /// <summary>
    /// The rules that did not check the whole document, because their pattern matching was stopped (the notices say
    /// why): what they did not find is not known to be gone.
    /// </summary>
    internal IReadOnlySet<string> IncompleteRules { get; init; } = AllRulesComplete;

    internal static IReadOnlySet<string> AllRulesComplete { get; } = new HashSet<string>();
}
