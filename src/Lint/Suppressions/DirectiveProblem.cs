using HealthLint.Documents;

namespace HealthLint.Suppressions;

/// <summary>
/// Something wrong with a comment that reads as a directive: an unknown keyword, an unknown rule id, a one-line
/// directive over several lines. It points at the words at fault, in the comment's text.
/// </summary>
internal sealed record DirectiveProblem(HiddenText Comment, int Start, int End, string Message);
