using System.Reflection;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Loading;

/// <summary>
/// Loads a rule pack: YAML files, one rule each, plus an optional <c>vocabulary.yaml</c> whose word lists every
/// rule of the pack may use. Either the whole pack loads or a <see cref="RuleFileException"/> says what is wrong.
/// </summary>
internal static class RulePackLoader
{
    public const string VocabularyFileName = "vocabulary.yaml";

    private const string ResourcePrefix = "HealthLint.Rules.";

    private static readonly Lazy<Vocabulary> BuiltInVocabularyLists = new(() =>
    {
        var assembly = typeof(RulePackLoader).Assembly;
        var name = ResourcePrefix + VocabularyFileName;
        var map = YamlMap.Parse("rules/" + VocabularyFileName, ReadResource(assembly, name));
        return Vocabulary.Read(map.Map("vocabulary"), Vocabulary.Empty);
    });

    /// <summary>The pack embedded in the library, built from the repository's <c>rules/</c> folder.</summary>
    public static IReadOnlyList<Rule> LoadBuiltIn()
    {
        var assembly = typeof(RulePackLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Name: "rules/" + n[ResourcePrefix.Length..], Text: ReadResource(assembly, n)))
            .ToList();
        return Load(files, Vocabulary.Empty, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), builtIn: true);
    }

    /// <summary>The word lists of the built-in pack's <c>vocabulary.yaml</c>, which rules of other packs may use too.</summary>
    public static Vocabulary BuiltInVocabulary => BuiltInVocabularyLists.Value;

    /// <summary>Loads rule files given as (name, text) pairs; the name is used in error messages.</summary>
    public static IReadOnlyList<Rule> Load(IReadOnlyList<(string Name, string Text)> files) =>
        Load(files, Vocabulary.Empty, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Loads rule files on top of <paramref name="inherited"/> word lists. <paramref name="seen"/> holds the ids
    /// already taken, with the file that defines each, and receives the pack's own, so that an id may be defined once
    /// across several packs.
    /// </summary>
    public static IReadOnlyList<Rule> Load(IReadOnlyList<(string Name, string Text)> files, Vocabulary inherited, IDictionary<string, string> seen) =>
        Load(files, inherited, seen, builtIn: false);

    private static IReadOnlyList<Rule> Load(IReadOnlyList<(string Name, string Text)> files, Vocabulary inherited, IDictionary<string, string> seen, bool builtIn)
    {
        var vocabulary = inherited;
        foreach (var (name, text) in files.Where(f => IsVocabularyFile(f.Name)))
        {
            var map = YamlMap.Parse(name, text);
            map.AllowOnly(["vocabulary"]);
            vocabulary = Vocabulary.Read(map.Map("vocabulary"), vocabulary);
        }

        var rules = new List<Rule>();
        foreach (var (name, text) in files.Where(f => !IsVocabularyFile(f.Name)))
        {
            var map = YamlMap.Parse(name, text);
            var rule = RuleFileReader.Read(map, vocabulary, builtIn);
            if (seen.TryGetValue(rule.Descriptor.Id, out var first))
            {
                throw map.Error(map.Find("id")!, $"duplicate rule id '{rule.Descriptor.Id}': {first} defines it too");
            }

            seen[rule.Descriptor.Id] = name;
            rules.Add(rule);
        }

        return rules;
    }

    private static bool IsVocabularyFile(string name) =>
        string.Equals(Path.GetFileName(name), VocabularyFileName, StringComparison.OrdinalIgnoreCase);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded rule file {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
