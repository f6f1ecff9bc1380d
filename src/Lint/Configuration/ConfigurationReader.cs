using HealthLint.Rules.Loading;
using HealthLint.Workspace;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Configuration;

/// <summary>
/// Reads a configuration file and the files it extends into one <see cref="ConfigurationLayer"/>. Every key and
/// value is checked; a problem is a <see cref="ConfigurationException"/> at the file, line and column at fault.
/// </summary>
internal static class ConfigurationReader
{
    public static readonly string[] Keys = ["extends", "rules", "overrides", "include", "exclude", "rulePacks"];

    private static readonly string[] OverrideKeys = ["files", "excludeFiles", "rules"];

    private static readonly string[] SettingKeys = ["severity", "options"];

    /// <summary>Reads the file at <paramref name="fullPath"/>, which must exist.</summary>
    public static ConfigurationLayer Read(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            throw new ConfigurationException(fullPath, 0, 0, Directory.Exists(fullPath) ? "is a folder, not a configuration file" : "no such configuration file");
        }

        return Read(fullPath, []);
    }

    private static ConfigurationLayer Read(string fullPath, IReadOnlyList<string> extending)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            throw new ConfigurationException(fullPath, 0, 0, IoErrors.Describe(exception));
        }

        try
        {
            return ReadMap(YamlMap.Parse(fullPath, text, allowEmpty: true), fullPath, extending);
        }
        catch (RuleFileException e)
        {
            throw new ConfigurationException(e.File, e.Line, e.Column, e.Problem);
        }
    }

    private static ConfigurationLayer ReadMap(YamlMap map, string fullPath, IReadOnlyList<string> extending)
    {
        map.AllowOnly(Keys);
        var folder = Path.GetDirectoryName(fullPath)!;
        ConfigurationLayer? merged = null;
        foreach (var (value, node) in YamlScalars.TextList(map, "extends", "a file name"))
        {
            var extended = Resolve(map, node, value, folder, "extends");
            if (string.Equals(extended, fullPath, StringComparison.Ordinal) || extending.Contains(extended, StringComparer.Ordinal))
            {
                var cycle = extending.SkipWhile(f => !string.Equals(f, extended, StringComparison.Ordinal)).Append(fullPath).Append(extended);
                throw map.Error(node, "'extends' makes a cycle: " + string.Join(" -> ", cycle.Select(f => WorkspacePaths.Relative(folder, f))));
            }

            if (!File.Exists(extended))
            {
                throw map.Error(node, $"the extended configuration '{value}' does not exist");
            }

            var layer = Read(extended, [.. extending, fullPath]);
            merged = merged is null ? layer : merged.Then(layer);
        }

        var own = new ConfigurationLayer
        {
            Sources = [fullPath],
            Rules = ReadRules(YamlScalars.IsNull(map.Find("rules")) ? null : map.Map("rules"), fullPath),
            Overrides = ReadOverrides(map, folder, fullPath),
            Include = GlobList.Read(map, "include", folder),
            Exclude = GlobList.Read(map, "exclude", folder),
            RulePacks = ReadRulePacks(map, folder, fullPath),
        };
        return merged is null ? own : merged.Then(own);
    }

    private static IReadOnlyDictionary<string, RuleSetting> ReadRules(YamlMap? rules, string fullPath)
    {
        var settings = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        if (rules is null)
        {
            return settings;
        }

        foreach (var (keyNode, value) in ((YamlMappingNode)rules.Node).Children)
        {
            var id = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (id.Length == 0)
            {
                throw rules.Error(keyNode, "a rule id must be a text value");
            }

            settings[id] = value switch
            {
                YamlScalarNode scalar => FromLevel(id, scalar, rules, keyNode, [], fullPath),
                YamlMappingNode mapping => FromMapping(id, new YamlMap(rules.File, mapping), keyNode, fullPath),
                _ => throw rules.Error(value, $"the setting of '{id}' must be a severity (error, warning, note, off) or a mapping with 'severity' and 'options'"),
            };
        }

        return settings;
    }

    private static RuleSetting FromMapping(string id, YamlMap setting, YamlNode keyNode, string fullPath)
    {
        setting.AllowOnly(SettingKeys);
        var options = setting.Map("options");
        IReadOnlyList<YamlMappingNode> layers = options is null ? [] : [(YamlMappingNode)options.Node];
        return setting.Find("severity") switch
        {
            null => new RuleSetting(id, null, false, layers, fullPath, keyNode),
            YamlScalarNode scalar => FromLevel(id, scalar, setting, keyNode, layers, fullPath),
            var other => throw setting.Error(other, "'severity' must be error, warning, note or off"),
        };
    }

    private static RuleSetting FromLevel(string id, YamlScalarNode level, YamlMap owner, YamlNode keyNode, IReadOnlyList<YamlMappingNode> options, string fullPath)
    {
        var text = level.Value?.Trim() ?? "";
        if (string.Equals(text, "off", StringComparison.OrdinalIgnoreCase))
        {
            return new RuleSetting(id, null, true, options, fullPath, keyNode);
        }

        if (text.Length > 0 && RuleFileReader.TryParseSeverity(text, out var severity))
        {
            return new RuleSetting(id, severity, false, options, fullPath, keyNode);
        }

        throw owner.Error(level, text.Length == 0
            ? $"'{id}' needs a severity (error, warning, note, off) or a mapping with 'severity' and 'options'"
            : $"unknown severity '{text}'; expected error, warning, note or off");
    }

    private static IReadOnlyList<ConfigurationOverride> ReadOverrides(YamlMap map, string folder, string fullPath)
    {
        var overrides = new List<ConfigurationOverride>();
        if (YamlScalars.IsNull(map.Find("overrides")))
        {
            return overrides;
        }

        foreach (var node in map.List("overrides"))
        {
            if (node is not YamlMappingNode mapping)
            {
                throw map.Error(node, "each entry of 'overrides' must be a mapping with 'files' and 'rules'");
            }

            var entry = new YamlMap(map.File, mapping);
            entry.AllowOnly(OverrideKeys);
            var files = GlobList.Read(entry, "files", folder, required: true)!;
            var excludeFiles = GlobList.Read(entry, "excludeFiles", folder);
            if (entry.Map("rules") is not { } rules)
            {
                throw entry.Error(mapping, "missing required key 'rules'");
            }

            overrides.Add(new ConfigurationOverride(files, excludeFiles, ReadRules(rules, fullPath)));
        }

        return overrides;
    }

    private static IReadOnlyList<RulePackReference> ReadRulePacks(YamlMap map, string folder, string fullPath)
    {
        var packs = new List<RulePackReference>();
        foreach (var (value, node) in YamlScalars.TextList(map, "rulePacks", "a folder name"))
        {
            var pack = Resolve(map, node, value, folder, "rulePacks");
            if (!packs.Any(p => string.Equals(p.Folder, pack, StringComparison.Ordinal)))
            {
                packs.Add(new RulePackReference(pack, fullPath, node));
            }
        }

        return packs;
    }

    private static string Resolve(YamlMap map, YamlNode node, string value, string folder, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw map.Error(node, $"an entry of '{key}' must not be empty");
        }

        try
        {
            return Path.GetFullPath(value.Trim(), folder);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw map.Error(node, $"'{value}' is not a valid path");
        }
    }
}
