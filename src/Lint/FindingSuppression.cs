namespace HealthLint;

/// <summary>Why a finding is suppressed: an inline directive in the source, with the reason its author gave.</summary>
/// <param name="Justification">The reason written after <c>--</c> in the directive, or empty.</param>
/// <param name="Directive">Where the directive is in the source file.</param>
public sealed record FindingSuppression(string Justification, SourceRegion Directive)
{
    /// <summary>The directive's keyword, such as <c>healthlint-disable-next-line</c>; empty when not known.</summary>
    public string Keyword { get; init; } = "";
}
