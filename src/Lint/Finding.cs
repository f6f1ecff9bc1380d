namespace HealthLint;

/// <summary>One problem a rule found in a document.</summary>
public sealed class Finding
{
    internal Finding(RuleDescriptor rule, Severity severity, string message, SourceRegion region, int startOffset, int endOffset, string excerpt, string fingerprint)
    {
        Rule = rule;
        Severity = severity;
        Message = message;
        Region = region;
        StartOffset = startOffset;
        EndOffset = endOffset;
        Excerpt = excerpt;
        Fingerprint = fingerprint;
    }

    /// <summary>The rule that reported the finding.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The id of the rule that reported the finding.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The severity it is reported with.</summary>
    public Severity Severity { get; }

    /// <summary>What was found and what to do about it.</summary>
    public string Message { get; }

    /// <summary>Where it is in the source file.</summary>
    public SourceRegion Region { get; }

    /// <summary>The UTF-16 offset of the first character in the source text (after a byte order mark, if any).</summary>
    public int StartOffset { get; }

    /// <summary>The UTF-16 offset just after the last character.</summary>
    public int EndOffset { get; }

    /// <summary>The offending prose as readers see it, whitespace collapsed.</summary>
    public string Excerpt { get; }

    /// <summary>
    /// A fingerprint of the rule and the offending text that does not depend on line numbers, so that it stays the same
    /// when lines are added above the finding.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The inline directive that suppresses the finding, if any; a suppressed finding never fails a build.</summary>
    public FindingSuppression? Suppression { get; private init; }

    /// <summary>How the finding compares with the baseline, when one was given; <see langword="null"/> otherwise.</summary>
    public BaselineState? BaselineState { get; private init; }

    /// <summary>Whether the finding counts towards the exit code: neither suppressed nor known from the baseline.</summary>
    public bool IsActive => Suppression is null && BaselineState != HealthLint.BaselineState.Unchanged;

    internal Finding WithSuppression(FindingSuppression suppression) => Copy(suppression, BaselineState);

    internal Finding WithBaselineState(BaselineState state) => Copy(Suppression, state);

    private Finding Copy(FindingSuppression? suppression, BaselineState? state) =>
        new(Rule, Severity, Message, Region, StartOffset, EndOffset, Excerpt, Fingerprint)
        {
            Suppression = suppression,
            BaselineState = state,
        };

    /// <inheritdoc />
    public override string ToString() => $"{Region.StartLine}:{Region.StartColumn}: {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
