using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// A <c>patterns:</c> list whose entries are a pattern, or a mapping with <c>pattern</c> and <c>requires</c> (another
/// pattern that must also occur in the sentence: "we guarantee it" counts only beside a health outcome). Patterns
/// without a requirement are matched together in one pass; each conditional one on its own, and only where its
/// requirement holds, so that a conditional pattern whose requirement fails never hides another pattern's match
/// at the same place.
/// </summary>
internal sealed class PatternList
{
    private static readonly string[] EntryKeys = ["pattern", "requires"];

    private readonly PatternSet _unconditional;
    // An array, so that the loop over it in every sentence's matches allocates no enumerator.
    private readonly (PatternSet Pattern, PatternSet Requirement)[] _conditional;

    private PatternList(PatternSet unconditional, (PatternSet, PatternSet)[] conditional)
    {
        _unconditional = unconditional;
        _conditional = conditional;
    }

    public static PatternList Read(YamlMap map, string key, Vocabulary vocabulary, bool required, bool verified = false)
    {
        var nodes = map.List(key);
        if (required && nodes.Count == 0)
        {
            throw map.Error(map.KeyNode(key) ?? map.Node, $"'{key}' must list at least one pattern");
        }

        var unconditional = new List<(string, YamlNode)>();
        var conditional = new List<(PatternSet, PatternSet)>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    unconditional.Add((scalar.Value ?? "", scalar));
                    break;
                case YamlMappingNode mapping:
                    var entry = new YamlMap(map.File, mapping);
                    entry.AllowOnly(EntryKeys);
                    var pattern = (entry.RequiredString("pattern"), entry.Find("pattern")!);
                    if (entry.Has("requires"))
                    {
                        conditional.Add((PatternSet.Compile([pattern], vocabulary, entry, verified), PatternSet.Compile(entry.StringList("requires"), vocabulary, entry, verified)));
                    }
                    else
                    {
                        unconditional.Add(pattern);
                    }

                    break;
                default:
                    throw map.Error(node, $"each entry of '{key}' must be a pattern or a mapping with 'pattern' and 'requires'");
            }
        }

        return new PatternList(PatternSet.Compile(unconditional, vocabulary, map, verified), [.. conditional]);
    }

    /// <summary>The matches in <paramref name="text"/> whose requirement, if any, also holds in it, in order of position.</summary>
    public IEnumerable<PatternMatch> Matches(string text) => Matches(text, text);

    /// <summary>
    /// The matches in <paramref name="text"/> whose requirement, if any, holds in <paramref name="context"/>: a
    /// fragment such as "Guaranteed." or "For good." takes its meaning from the sentence before it. Found as they
    /// are read, the sequence is read once: call again to read again.
    /// </summary>
    public IEnumerable<PatternMatch> Matches(string text, string context) => Matches(text, context, int.MaxValue);

    /// <summary>
    /// <see cref="Matches(string, string)"/> that start before <paramref name="before"/>: a rule that has found what
    /// it wants at some place asks only for earlier ones.
    /// </summary>
    public IEnumerable<PatternMatch> Matches(string text, string context, int before) =>
        _conditional.Length == 0 ? _unconditional.Matches(text, before) : MatchesWithConditions(text, context, before);

    /// <summary>
    /// The unconditional patterns' matches and those of each conditional pattern whose requirement the context meets,
    /// in order of start and then longest first, found as they are asked for.
    /// </summary>
    private IEnumerable<PatternMatch> MatchesWithConditions(string text, string context, int before)
    {
        // Most texts match none of the patterns: the list of sources is made only for one that does.
        List<IEnumerator<PatternMatch>>? sources = null;
        try
        {
            Add(ref sources, _unconditional.Matches(text, before).GetEnumerator(), null, context);
            foreach (var (pattern, requirement) in _conditional)
            {
                // The pattern first: requirements are broad ("a health term anywhere") and cost more to test.
                Add(ref sources, pattern.Matches(text, before).GetEnumerator(), requirement, context);
            }
        }
        catch
        {
            foreach (var source in sources ?? [])
            {
                source.Dispose();
            }

            throw;
        }

        return sources is null ? [] : MatchMerge.InOrder(sources);
    }

    private static void Add(ref List<IEnumerator<PatternMatch>>? sources, IEnumerator<PatternMatch> source, PatternSet? requirement, string context)
    {
        if (source.MoveNext() && (requirement is null || requirement.IsMatch(context)))
        {
            (sources ??= []).Add(source);
        }
        else
        {
            source.Dispose();
        }
    }
}
