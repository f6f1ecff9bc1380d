using HealthLint.Rules.Kinds;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Loading;

/// <summary>
/// Reads one rule file: the descriptor from the common keys, then the kind's own keys. Every problem is a
/// <see cref="RuleFileException"/> naming the file, line and column.
/// </summary>
internal static class RuleFileReader
{
    private static readonly string[] CommonKeys =
        ["id", "name", "title", "kind", "message", "severity", "category", "description", "help", "helpUri", "tags", "precision"];

    private static readonly string[] Precisions = ["very-high", "high", "medium", "low"];

    /// <param name="map">The rule file.</param>
    /// <param name="shared">The word lists of its pack.</param>
    /// <param name="builtIn">Whether the file belongs to the built-in pack, which may also use the engine's own kinds.</param>
    /// <param name="verified">Whether its patterns are known to be valid: the built-in pack as shipped, checked by its tests.</param>
    public static Rule Read(YamlMap map, Vocabulary shared, bool builtIn = false, bool verified = false)
    {
        var kindName = map.RequiredString("kind");
        if (!RuleKinds.TryGet(kindName, builtIn, out var kindKeys, out var create))
        {
            throw map.Error(map.Find("kind")!, $"unknown rule kind '{kindName}'; expected one of: {string.Join(", ", RuleKinds.Names)}");
        }

        map.AllowOnly([.. CommonKeys, .. kindKeys]);
        var descriptor = ReadDescriptor(map);
        var vocabulary = Vocabulary.Read(map.Map("vocabulary"), shared);
        return create(new RuleContext(descriptor, map, vocabulary, verified));
    }

    private static RuleDescriptor ReadDescriptor(YamlMap map)
    {
        var id = map.RequiredString("id").Trim();
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw map.Error(map.Find("id")!, $"rule id '{id}' may use only letters, digits, '-', '_' and '.'");
        }

        var name = map.RequiredString("name").Trim();
        if (string.Equals(name, id, StringComparison.OrdinalIgnoreCase))
        {
            throw map.Error(map.Find("name")!, "'name' must differ from 'id': it is the rule's readable identifier, such as NoOutcomeGuarantees");
        }

        var severity = Severity.Warning;
        if (map.String("severity") is { } severityText)
        {
            if (!TryParseSeverity(severityText, out severity))
            {
                throw map.Error(map.Find("severity")!, $"unknown severity '{severityText}'; expected error, warning or note");
            }
        }

        Uri? helpUri = null;
        if (map.String("helpUri") is { Length: > 0 } uriText
            && (!Uri.TryCreate(uriText.Trim(), UriKind.Absolute, out helpUri) || helpUri.Scheme is not ("http" or "https")))
        {
            throw map.Error(map.Find("helpUri")!, $"'helpUri' must be an absolute http(s) URL, not '{uriText}'");
        }

        var precision = map.String("precision")?.Trim() ?? "high";
        if (!Precisions.Contains(precision))
        {
            throw map.Error(map.Find("precision")!, $"unknown precision '{precision}'; expected one of: {string.Join(", ", Precisions)}");
        }

        var tags = map.StringList("tags").Select(t => t.Value.Trim()).Where(t => t.Length > 0).ToArray();
        if (tags.Length > 10)
        {
            throw map.Error(map.Find("tags")!, "at most 10 tags: GitHub code scanning keeps no more");
        }

        return new RuleDescriptor(id, name, map.RequiredString("title").Trim())
        {
            Description = map.String("description")?.Trim() ?? "",
            Category = map.String("category")?.Trim() ?? "",
            DefaultSeverity = severity,
            MessageFormat = map.RequiredString("message").Trim(),
            HelpMarkdown = map.String("help")?.Trim() ?? "",
            HelpUri = helpUri,
            Tags = tags,
            Precision = precision,
        };
    }

    public static bool TryParseSeverity(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "note":
                severity = Severity.Note;
                return true;
            default:
                severity = Severity.Warning;
                return false;
        }
    }
}
