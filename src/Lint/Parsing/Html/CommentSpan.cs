namespace HealthLint.Parsing.Html;

/// <summary>Where a comment's data lies in the source (a bogus comment such as <c>&lt;?php … ?&gt;</c> included).</summary>
internal readonly record struct CommentSpan(int DataStart, int DataEnd);
