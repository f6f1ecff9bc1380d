namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// How a kind of publisher writes: the share of claims it sources, how often it promises outcomes, and where it puts
/// its disclaimer. The shares are per sentence or per article, as named.
/// </summary>
internal sealed record SiteVoice(
    string Name,
    double ClaimShare,
    double SourcedShare,
    double GuaranteeShare,
    double CautionShare,
    double DisclaimerVisible,
    double DisclaimerHidden,
    double FootnoteShare);
