namespace HealthLint.Analysis;

/// <summary>A range [<see cref="Start"/>, <see cref="End"/>) of a block's text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
