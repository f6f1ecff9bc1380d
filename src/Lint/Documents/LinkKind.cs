namespace HealthLint.Documents;

internal enum LinkKind
{
    /// <summary>An absolute http(s) URL.</summary>
    External,

    /// <summary>A link to another page of the same site (relative path, or an absolute path without host).</summary>
    Relative,

    /// <summary>A link to an anchor in the same page (<c>#fn1</c>, <c>#ref-3</c>).</summary>
    InPage,

    /// <summary>mailto:, tel: and other schemes.</summary>
    Other,
}
