using HealthLint.Documents;

namespace HealthLint.Parsing.Html;

/// <summary>Whether an element's content is kept out of prose, and the reason it is recorded as hidden text under (none: dropped).</summary>
internal readonly record struct Exclusion(bool Excluded, HiddenReason? Reason);
