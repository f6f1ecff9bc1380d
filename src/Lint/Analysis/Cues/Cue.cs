namespace HealthLint.Analysis.Cues;

/// <summary>A cue found in a sentence, at [<see cref="Start"/>, <see cref="End"/>) of the sentence text.</summary>
internal readonly record struct Cue(CueKind Kind, int Start, int End);
