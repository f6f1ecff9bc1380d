namespace HealthLint;

/// <summary>
/// One known finding in a baseline, keyed by file, rule and fingerprint; the excerpt is there for people reading the
/// file and plays no part in matching.
/// </summary>
/// <param name="Path">
/// The file, with forward slashes: relative to the baseline file's folder in <see cref="Baseline.Entries"/>, relative
/// to the report's base directory in <see cref="LintReport.AbsentFromBaseline"/>.
/// </param>
/// <param name="RuleId">The rule that reported it.</param>
/// <param name="Fingerprint">The finding's <see cref="Finding.Fingerprint"/>: rule and offending text, not its line.</param>
/// <param name="Excerpt">The offending text when the baseline was written.</param>
public sealed record BaselineEntry(string Path, string RuleId, string Fingerprint, string Excerpt);
