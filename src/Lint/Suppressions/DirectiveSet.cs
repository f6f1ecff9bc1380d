namespace HealthLint.Suppressions;

/// <summary>The directives of one document in source order, and the comments that read as directives but are not well formed.</summary>
internal sealed record DirectiveSet(IReadOnlyList<SuppressionDirective> Directives, IReadOnlyList<DirectiveProblem> Problems)
{
    public static DirectiveSet Empty { get; } = new([], []);

    public bool IsEmpty => Directives.Count == 0 && Problems.Count == 0;
}
