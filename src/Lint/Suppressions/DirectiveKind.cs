namespace HealthLint.Suppressions;

/// <summary>What a suppression directive covers, by its keyword.</summary>
internal enum DirectiveKind
{
    /// <summary><c>healthlint-disable</c>: findings that start after it, up to a <c>healthlint-enable</c> of their rule or the end of the file.</summary>
    Disable,

    /// <summary><c>healthlint-enable</c>: ends a <c>healthlint-disable</c> of the rules it names, or of every rule.</summary>
    Enable,

    /// <summary><c>healthlint-disable-line</c>: findings that start on the line of the directive.</summary>
    DisableLine,

    /// <summary><c>healthlint-disable-next-line</c>: findings that start on the line after the one where the directive ends.</summary>
    DisableNextLine,

    /// <summary><c>healthlint-disable-file</c>: findings anywhere in the file.</summary>
    DisableFile,
}
