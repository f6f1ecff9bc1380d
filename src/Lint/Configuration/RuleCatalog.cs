using HealthLint.Rules;
using HealthLint.Rules.Loading;
using HealthLint.Workspace;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Configuration;

/// <summary>
/// The rules a configuration may name: those of the pack it starts from (the built-in pack) and those of its rule
/// packs. It checks rule settings against them and builds a <see cref="Linter"/> for a list of settings.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly Dictionary<string, (Rule Rule, RuleDefinition? Definition)> _rules;

    private RuleCatalog(Dictionary<string, (Rule, RuleDefinition?)> rules)
    {
        _rules = rules;
    }

    public IEnumerable<string> Ids => _rules.Keys.Order(StringComparer.Ordinal);

    /// <summary>The pack's rules and those of every rule pack folder; a rule id may be defined once only.</summary>
    public static RuleCatalog Create(RuleSet pack, IReadOnlyList<RulePackReference> rulePacks)
    {
        var rules = new Dictionary<string, (Rule, RuleDefinition?)>(StringComparer.OrdinalIgnoreCase);
        var origins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in pack.Rules)
        {
            rules[rule.Descriptor.Id] = (rule, pack.DefinitionOf(rule.Descriptor.Id));
            origins[rule.Descriptor.Id] = "the built-in rule pack";
        }

        foreach (var reference in rulePacks)
        {
            foreach (var definition in LoadPack(reference).Definitions)
            {
                if (origins.TryGetValue(definition.Id, out var first))
                {
                    throw definition.Map.Error(definition.Map.Find("id")!, $"duplicate rule id '{definition.Id}': {first} defines it too");
                }

                rules[definition.Id] = (definition.Rule, definition);
                origins[definition.Id] = definition.Map.File;
            }
        }

        return new RuleCatalog(rules);
    }

    /// <summary>
    /// Checks settings: every rule id must be known (with the case it is defined with), and options must be keys of
    /// the rule's kind with values its reader accepts, on top of <paramref name="under"/> (the configuration's own
    /// <c>rules:</c>, when checking an override).
    /// </summary>
    public void Check(IReadOnlyDictionary<string, RuleSetting> settings, IReadOnlyDictionary<string, RuleSetting>? under, IReadOnlyList<string> sources)
    {
        foreach (var setting in settings.Values)
        {
            if (!_rules.TryGetValue(setting.RuleId, out var known) || !string.Equals(known.Rule.Descriptor.Id, setting.RuleId, StringComparison.Ordinal))
            {
                var hint = known.Rule is null ? $"the rules are: {string.Join(", ", Ids)}" : $"did you mean '{known.Rule.Descriptor.Id}'?";
                throw Error(setting.File, setting.KeyNode, $"unknown rule '{setting.RuleId}'; {hint}");
            }

            if (setting.Options.Count == 0)
            {
                continue;
            }

            if (known.Definition is null)
            {
                throw Error(setting.File, setting.KeyNode, $"rule '{setting.RuleId}' takes no options");
            }

            foreach (var options in setting.Options)
            {
                foreach (var key in options.Children.Keys)
                {
                    var name = (key as YamlScalarNode)?.Value ?? "";
                    if (!known.Definition.OptionKeys.Contains(name, StringComparer.Ordinal))
                    {
                        throw Error(
                            YamlOrigins.FileOf(key) ?? setting.File,
                            key,
                            $"rule '{setting.RuleId}' has no option '{name}'; its kind takes: {string.Join(", ", known.Definition.OptionKeys.Order(StringComparer.Ordinal))}");
                    }
                }
            }

            IReadOnlyList<YamlMappingNode> layers = under is not null && under.TryGetValue(setting.RuleId, out var first)
                ? [.. first.Options, .. setting.Options]
                : setting.Options;
            try
            {
                _ = known.Definition.WithOptions(layers);
            }
            catch (RuleFileException e) when (sources.Contains(e.File, StringComparer.Ordinal))
            {
                throw new ConfigurationException(e.File, e.Line, e.Column, $"option of rule '{setting.RuleId}': {e.Problem}");
            }
        }
    }

    /// <summary>
    /// A linter running every rule of the catalog as the settings, applied in order, leave it, on top of
    /// <paramref name="baseOptions"/>: their disabled rules stay off, and their severities apply where the settings give none.
    /// </summary>
    public Linter Build(IEnumerable<IReadOnlyDictionary<string, RuleSetting>> layers, LinterOptions baseOptions)
    {
        var effective = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var (id, setting) in layer)
            {
                effective[id] = effective.TryGetValue(id, out var earlier) ? earlier.Then(setting) : setting;
            }
        }

        var rules = new List<Rule>();
        var off = new List<string>();
        var severities = new Dictionary<string, Severity>(baseOptions.Severities, StringComparer.Ordinal);
        foreach (var (rule, definition) in _rules.Values)
        {
            if (!effective.TryGetValue(rule.Descriptor.Id, out var setting))
            {
                rules.Add(rule);
                continue;
            }

            if (setting.IsOff)
            {
                // Kept in the pack, so that a suppression directive naming the rule is still understood.
                rules.Add(rule);
                off.Add(rule.Descriptor.Id);
                continue;
            }

            rules.Add(definition is null ? rule : definition.WithOptions(setting.Options));
            if (setting.Severity is { } severity)
            {
                severities[rule.Descriptor.Id] = severity;
            }
        }

        var definitions = _rules.Values.Select(r => r.Definition).OfType<RuleDefinition>();
        var options = new LinterOptions { Severities = severities, DisabledRules = [.. baseOptions.DisabledRules, .. off], Clock = baseOptions.Clock };
        return new Linter(options, new RuleSet(rules, definitions));
    }

    private static RulePack LoadPack(RulePackReference reference)
    {
        if (!Directory.Exists(reference.Folder))
        {
            throw Error(reference.File, reference.Node, File.Exists(reference.Folder)
                ? $"the rule pack '{Scalar(reference.Node)}' is a file; name the folder that holds the rule files"
                : $"the rule pack folder '{Scalar(reference.Node)}' does not exist");
        }

        try
        {
            var files = RulePackLoader.RuleFiles(reference.Folder);
            if (!files.Any(f => !Path.GetFileNameWithoutExtension(f).Equals("vocabulary", StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(reference.File, reference.Node, $"the rule pack folder '{Scalar(reference.Node)}' holds no .yaml rule files");
            }

            return RulePackLoader.LoadFolder(reference.Folder, RulePack.BuiltIn.Vocabulary);
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            throw Error(reference.File, reference.Node, $"the rule pack '{Scalar(reference.Node)}' {IoErrors.Describe(exception)}");
        }
    }

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";

    private static ConfigurationException Error(string file, YamlNode node, string problem) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, problem);
}
