namespace HealthLint.Documents;

/// <summary>
/// Text that is in the source but not shown to readers. It is never linted as prose, but rules that must tell
/// a missing statement from an invisible one (HL001) can find it here and point at it.
/// </summary>
internal sealed record HiddenText(HiddenReason Reason, string Text, SourceMap Map);
