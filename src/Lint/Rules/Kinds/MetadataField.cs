using System.Text.RegularExpressions;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// One field a <c>required-metadata</c> rule asks for: the names it may go by (the first found counts), and what
/// its value must be — matching <see cref="Pattern"/>, a date, and no older than <see cref="MaxAgeMonths"/>.
/// </summary>
internal sealed record MetadataField(IReadOnlyList<string> Names, Regex? Pattern, string? PatternText, bool IsDate, int? MaxAgeMonths, string? Message)
{
    public string Name => Names[0];
}
