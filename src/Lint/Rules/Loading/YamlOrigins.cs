using System.Runtime.CompilerServices;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Loading;

/// <summary>
/// Which file each YAML node was read from. A rule configured with options is read from its rule file's mapping
/// with the configuration's values put in, so one mapping holds nodes of several files; a problem must still be
/// reported in the file that holds the node at fault.
/// </summary>
internal static class YamlOrigins
{
    private static readonly ConditionalWeakTable<YamlNode, string> Files = new();

    /// <summary>Records <paramref name="file"/> as the origin of <paramref name="root"/> and every node below it.</summary>
    public static void Record(YamlNode root, string file)
    {
        foreach (var node in root.AllNodes)
        {
            Files.AddOrUpdate(node, file);
        }
    }

    public static string? FileOf(YamlNode node) => Files.TryGetValue(node, out var file) ? file : null;
}
