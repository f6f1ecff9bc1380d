namespace HealthLint;

/// <summary>How a finding compares with a baseline of known findings.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: it fails the build like any finding.</summary>
    New,

    /// <summary>In the baseline: known, reported, but it does not fail the build.</summary>
    Unchanged,
}
