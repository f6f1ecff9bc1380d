namespace HealthLint.Parsing.Html;

/// <summary>Where the text being walked goes.</summary>
internal enum WalkMode : byte
{
    /// <summary>Visible prose: into blocks.</summary>
    Prose,

    /// <summary>Excluded text recorded as hidden text.</summary>
    Hidden,

    /// <summary>Excluded text not recorded (head, SVG, form controls, scripts inside a hidden region).</summary>
    Discard,

    /// <summary>Nested past the depth the reader lints: only aligned, nothing recorded.</summary>
    Beyond,
}
