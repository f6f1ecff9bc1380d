using YamlDotNet.RepresentationModel;

namespace HealthLint;

/// <summary>
/// What a configuration says about one rule under <c>rules:</c>: a severity, <c>off</c>, options, or a mix. A later
/// setting for the same rule (from an extending file or a matching override) changes what it names and keeps the rest.
/// </summary>
public sealed class RuleSetting
{
    internal RuleSetting(string ruleId, Severity? severity, bool isOff, IReadOnlyList<YamlMappingNode> options, string file, YamlNode keyNode)
    {
        RuleId = ruleId;
        Severity = severity;
        IsOff = isOff;
        Options = options;
        File = file;
        KeyNode = keyNode;
    }

    /// <summary>The rule's id, as written under <c>rules:</c>.</summary>
    public string RuleId { get; }

    /// <summary>The severity the rule's findings are reported with; <see langword="null"/> when the setting leaves it as it was, or turns the rule off.</summary>
    public Severity? Severity { get; }

    /// <summary>Whether the rule is turned off (<c>off</c>).</summary>
    public bool IsOff { get; }

    /// <summary>The names of the options the setting gives, in the order written.</summary>
    public IReadOnlyList<string> OptionNames =>
        Options.SelectMany(o => o.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "")).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The <c>options:</c> mappings, earliest first (an extended file's before the extending file's).</summary>
    internal IReadOnlyList<YamlMappingNode> Options { get; }

    /// <summary>The file whose <c>rules:</c> key named the rule last.</summary>
    internal string File { get; }

    /// <summary>The rule id key as written, for error positions.</summary>
    internal YamlNode KeyNode { get; }

    /// <summary>This setting changed by a later one: its severity or <c>off</c> when it gives one, and its options added after these.</summary>
    internal RuleSetting Then(RuleSetting later)
    {
        var changesLevel = later.IsOff || later.Severity is not null;
        return new RuleSetting(
            RuleId,
            changesLevel ? later.Severity : Severity,
            changesLevel ? later.IsOff : IsOff,
            [.. Options, .. later.Options],
            later.File,
            later.KeyNode);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var level = IsOff ? "off" : Severity?.ToString().ToLowerInvariant() ?? "(default severity)";
        return Options.Count == 0 ? $"{RuleId}: {level}" : $"{RuleId}: {level}, options {string.Join(", ", OptionNames)}";
    }
}
