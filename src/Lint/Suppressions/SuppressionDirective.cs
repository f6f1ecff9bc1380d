using HealthLint.Documents;

namespace HealthLint.Suppressions;

/// <summary>
/// A well-formed directive in an HTML comment, such as <c>&lt;!-- healthlint-disable HL002 -- quoted advert --&gt;</c>:
/// its keyword, the rules it names (none: every rule), the reason written after <c>--</c>, and where the comment is.
/// </summary>
internal sealed class SuppressionDirective
{
    public SuppressionDirective(
        DirectiveKind kind,
        string keyword,
        IReadOnlyList<DirectiveRuleId>? ruleIds,
        string justification,
        HiddenText comment,
        int headEnd,
        int sourceStart,
        int sourceEnd,
        SourceRegion region)
    {
        Kind = kind;
        Keyword = keyword;
        RuleIds = ruleIds;
        Justification = justification;
        Comment = comment;
        HeadEnd = headEnd;
        SourceStart = sourceStart;
        SourceEnd = sourceEnd;
        Region = region;
    }

    public DirectiveKind Kind { get; }

    /// <summary>The keyword in lower case, such as <c>healthlint-disable-next-line</c>.</summary>
    public string Keyword { get; }

    /// <summary>The rules it names, each once; <see langword="null"/> when it names none and so covers every rule.</summary>
    public IReadOnlyList<DirectiveRuleId>? RuleIds { get; }

    /// <summary>The reason after <c>--</c>, whitespace collapsed; empty when none was given.</summary>
    public string Justification { get; }

    /// <summary>The comment's text and its map to the source.</summary>
    public HiddenText Comment { get; }

    /// <summary>Where the keyword and the rule ids end in the comment's text, before the reason.</summary>
    public int HeadEnd { get; }

    /// <summary>The source offset of the comment's <c>&lt;!--</c>.</summary>
    public int SourceStart { get; }

    /// <summary>The source offset just after the comment's <c>--&gt;</c>.</summary>
    public int SourceEnd { get; }

    /// <summary>The whole comment in lines and columns.</summary>
    public SourceRegion Region { get; }

    /// <summary>Whether the directive applies to findings of <paramref name="ruleId"/>.</summary>
    public bool Covers(string ruleId) =>
        RuleIds is null || RuleIds.Any(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The keyword and rule ids as written, for messages.</summary>
    public string Head => Comment.Text[..HeadEnd];
}
