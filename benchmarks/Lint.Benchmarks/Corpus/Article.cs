namespace HealthLint.Benchmarks.Corpus;

/// <summary>A generated article before it is written as Markdown or as an HTML page.</summary>
internal sealed class Article
{
    public required Site Site { get; init; }

    public required HealthTopic Topic { get; init; }

    public required string Title { get; init; }

    public required string Slug { get; init; }

    public required string Description { get; init; }

    public required string Section { get; init; }

    public required Person Author { get; init; }

    public Person? Reviewer { get; init; }

    public required DateOnly Published { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required string Disclaimer { get; init; }

    public required DisclaimerPlacement Placement { get; init; }

    public List<Block> Blocks { get; } = [];

    public List<Reference> References { get; } = [];

    public List<Span> Related { get; } = [];
}
