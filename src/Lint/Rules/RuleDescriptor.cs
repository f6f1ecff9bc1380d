namespace HealthLint;

/// <summary>
/// Everything a report says about a rule: one descriptor per rule, read by the text, JSON, GitHub and SARIF
/// writers and by the rule documentation alike.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable rule id, such as <c>HL002</c>.</param>
    /// <param name="name">A readable PascalCase identifier, such as <c>NoOutcomeGuarantees</c>.</param>
    /// <param name="title">A one-line summary of what the rule requires.</param>
    public RuleDescriptor(string id, string name, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Name = name;
        Title = title;
    }

    /// <summary>The stable rule id, such as <c>HL002</c>.</summary>
    public string Id { get; }

    /// <summary>A readable PascalCase identifier, such as <c>NoOutcomeGuarantees</c>.</summary>
    public string Name { get; }

    /// <summary>A one-line summary of what the rule requires.</summary>
    public string Title { get; }

    /// <summary>A longer description: what the rule catches and why.</summary>
    public string Description { get; init; } = "";

    /// <summary>The group the rule belongs to, such as <c>guarantee</c>.</summary>
    public string Category { get; init; } = "";

    /// <summary>The severity the rule reports with unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; init; } = Severity.Warning;

    /// <summary>The message template; <c>{0}</c> stands for the offending text where the rule quotes it.</summary>
    public string MessageFormat { get; init; } = "";

    /// <summary>Help in Markdown: why the rule exists, a failing and a passing example, how to fix.</summary>
    public string HelpMarkdown { get; init; } = "";

    /// <summary>The documentation page of the rule.</summary>
    public Uri? HelpUri { get; init; }

    /// <summary>Tags for filtering, such as <c>compliance</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>How much the rule's findings can be trusted: <c>very-high</c>, <c>high</c>, <c>medium</c> or <c>low</c>.</summary>
    public string Precision { get; init; } = "high";

    /// <summary>Formats the rule's message for one finding.</summary>
    /// <param name="argument">The offending text, or another detail the template names.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(string argument) =>
        MessageFormat.Contains("{0}", StringComparison.Ordinal)
            ? MessageFormat.Replace("{0}", argument, StringComparison.Ordinal)
            : MessageFormat;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
