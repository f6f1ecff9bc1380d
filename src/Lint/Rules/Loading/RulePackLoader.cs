using System.Reflection;
using HealthLint.Rules.Kinds;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Loading;

/// <summary>
/// Loads a rule pack: YAML files, one rule each, plus an optional <c>vocabulary.yaml</c> (or <c>.yml</c>) whose word
/// lists every rule of the pack may use. Either the whole pack loads or a <see cref="RuleFileException"/> says what is wrong.
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
    public static RulePack LoadBuiltIn() =>
        // Its tests load it as a house pack is loaded, checking every pattern (BuiltInPackTests), so the patterns are
        // not read whole again each time it loads.
        LoadPack(BuiltInFiles(), Vocabulary.Empty, builtIn: true, verified: true);

    /// <summary>The files of the built-in pack, as (name, text) pairs in the order they load.</summary>
    internal static IReadOnlyList<(string Name, string Text)> BuiltInFiles()
    {
        var assembly = typeof(RulePackLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Name: "rules/" + n[ResourcePrefix.Length..], Text: ReadResource(assembly, n)))
            .ToList();
    }

    /// <summary>The word lists of the built-in pack's <c>vocabulary.yaml</c>, which rules of other packs may use too.</summary>
    public static Vocabulary BuiltInVocabulary => BuiltInVocabularyLists.Value;

    /// <summary>
    /// Loads the <c>.yaml</c> and <c>.yml</c> files of a folder (not below it) as a pack whose rules may use the word
    /// lists of <paramref name="inherited"/> and of the folder's own <c>vocabulary.yaml</c>. Errors name the files by
    /// their full paths.
    /// </summary>
    public static RulePack LoadFolder(string folder, Vocabulary inherited)
    {
        var files = RuleFiles(folder)
            .Select(path => (Name: path, Text: File.ReadAllText(path)))
            .ToList();
        return LoadPack(files, inherited);
    }

    /// <summary>The rule files (and vocabulary file) of a pack folder, sorted by name.</summary>
    public static IReadOnlyList<string> RuleFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Loads rule files given as (name, text) pairs; the name is used in error messages.</summary>
    public static IReadOnlyList<Rule> Load(IReadOnlyList<(string Name, string Text)> files) =>
        LoadPack(files, Vocabulary.Empty).Rules.ToArray();

    /// <summary>
    /// Loads rule files on top of <paramref name="inherited"/> word lists. <paramref name="seen"/> holds the ids
    /// already taken, with the file that defines each, and receives the pack's own, so that an id may be defined once
    /// across several packs.
    /// </summary>
    public static IReadOnlyList<Rule> Load(IReadOnlyList<(string Name, string Text)> files, Vocabulary inherited, IDictionary<string, string> seen) =>
        LoadPack(files, inherited, seen).Rules.ToArray();

    /// <summary>
    /// Loads rule files given as (name, text) pairs on top of inherited word lists, as a pack whose rules can be built
    /// again with options. Only the built-in pack (<paramref name="builtIn"/>) may use the engine's own kinds; patterns
    /// are checked as they load unless <paramref name="verified"/>.
    /// </summary>
    public static RulePack LoadPack(IReadOnlyList<(string Name, string Text)> files, Vocabulary inherited, IDictionary<string, string>? seen = null, bool builtIn = false, bool verified = false)
    {
        seen ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var vocabulary = inherited;
        foreach (var (name, text) in files.Where(f => IsVocabularyFile(f.Name)))
        {
            var map = YamlMap.Parse(name, text);
            map.AllowOnly(["vocabulary"]);
            vocabulary = Vocabulary.Read(map.Map("vocabulary"), vocabulary);
        }

        var definitions = new List<RuleDefinition>();
        foreach (var (name, text) in files.Where(f => !IsVocabularyFile(f.Name)))
        {
            var map = YamlMap.Parse(name, text);
            var rule = RuleFileReader.Read(map, vocabulary, builtIn, verified);
            if (seen.TryGetValue(rule.Descriptor.Id, out var first))
            {
                throw map.Error(map.Find("id")!, $"duplicate rule id '{rule.Descriptor.Id}': {first} defines it too");
            }

            seen[rule.Descriptor.Id] = name;
            RuleKinds.TryGet(map.RequiredString("kind"), builtIn, out var kindKeys, out _);
            definitions.Add(new RuleDefinition(rule, map, vocabulary, kindKeys, builtIn));
        }

        return new RulePack(definitions, vocabulary);
    }

    private static bool IsVocabularyFile(string name) =>
        Path.GetFileNameWithoutExtension(name).Equals("vocabulary", StringComparison.OrdinalIgnoreCase);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded rule file {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
