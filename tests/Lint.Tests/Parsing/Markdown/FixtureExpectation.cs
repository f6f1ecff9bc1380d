namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>What an expectation comment in a fixture asks.</summary>
internal enum ExpectationKind
{
    /// <summary><c>expect</c>: the phrase is in exactly one block's text (and maps to the region, when one is given).</summary>
    Present,

    /// <summary><c>expect-not</c>: the phrase is in no block's text.</summary>
    Absent,

    /// <summary><c>expect-hidden</c>: the phrase is in exactly one hidden text of the given reason.</summary>
    Hidden,
}

/// <summary>One expectation comment of a fixture, such as <c>&lt;!-- expect "guaranteed" 3:12-3:22 --&gt;</c>.</summary>
internal sealed record FixtureExpectation(ExpectationKind Kind, string Phrase, string? Reason, SourceRegion? Region, int Line)
{
    public override string ToString() => $"line {Line}: {Kind} \"{Phrase}\"{(Reason is null ? "" : " " + Reason)}{(Region is null ? "" : " " + Region)}";
}
