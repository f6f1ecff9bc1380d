namespace HealthLint.Rules.Patterns;

/// <summary>
/// A pattern with its word lists written as trees for the backtracking engine (<see cref="AlternationFactoring"/>),
/// and, where some list entries can open at almost any word, the same pattern without those entries.
/// </summary>
/// <remarks>
/// An entry such as <c>[a-z]{3,}(?:itis|osis)</c> is tried at every word the list is tried at, whatever its first
/// letter, and backtracks through the whole word each time: in a long list it costs more than all the other entries
/// together. Each such entry needs one of a few literals ("itis", "osis"), and in a text that holds none of
/// <see cref="NarrowUnless"/> it cannot match anywhere: there <see cref="Narrow"/> finds the same matches, in the
/// same order, as <see cref="Text"/>.
/// </remarks>
/// <param name="Text">The pattern with its lists factored.</param>
/// <param name="Narrow">The same without the entries that open almost anywhere, or <see langword="null"/> when no entry was left out.</param>
/// <param name="NarrowUnless">Literals, one of which every left-out entry's match holds; empty when none was left out.</param>
internal sealed record FactoredPattern(string Text, string? Narrow, IReadOnlyList<string> NarrowUnless)
{
    /// <summary>A pattern with nothing left out.</summary>
    public static FactoredPattern Whole(string text) => new(text, null, []);
}
