namespace HealthLint;

/// <summary>
/// A span of the source file as editors and SARIF address it: 1-based lines and 1-based columns
/// counted in UTF-16 code units, with <see cref="EndColumn"/> just after the last character.
/// A leading byte order mark is not counted.
/// </summary>
/// <param name="StartLine">The 1-based line of the first character.</param>
/// <param name="StartColumn">The 1-based column of the first character.</param>
/// <param name="EndLine">The 1-based line of the last character.</param>
/// <param name="EndColumn">The 1-based column just after the last character.</param>
public readonly record struct SourceRegion(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <inheritdoc />
    public override string ToString() => $"{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}
