using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HealthLint.Parsing;

/// <summary>
/// Tells YAML whose aliases expand it beyond <see cref="MaxExpandedNodes"/> nodes before the YAML parser loads it.
/// An alias stands for the whole node its anchor names, so nine aliases of nine aliases of … ("billion laughs") make a
/// few lines stand for billions of nodes; the loaded tree shares them, but walking, hashing or comparing it visits
/// every one, and a file of a few hundred bytes took minutes. Counting the nodes each anchor stands for, from the
/// parser's events, finds such YAML in one pass over its text.
/// </summary>
internal static class YamlAliases
{
    /// <summary>The most nodes a YAML text may stand for, aliases expanded; real configuration stays far below it.</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary><see cref="MaxExpandedNodes"/> as messages write it.</summary>
    public const string MaxExpandedNodesText = "100,000";

    /// <summary>
    /// Where the text, aliases expanded, first stands for more than <see cref="MaxExpandedNodes"/> nodes, or
    /// <see langword="null"/>: also for text without aliases, and for text the parser refuses, which the loader
    /// reports itself.
    /// </summary>
    public static Mark? FindTooLarge(string yaml)
    {
        if (!yaml.Contains('*', StringComparison.Ordinal) || !yaml.Contains('&', StringComparison.Ordinal))
        {
            return null;
        }

        var anchored = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(long Nodes, AnchorName Anchor)>();
        long total = 0;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                long nodes;
                var anchor = AnchorName.Empty;
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        // A collection counts as one node, and as the nodes it holds once it is closed.
                        open.Push((1, ((NodeEvent)parser.Current).Anchor));
                        continue;
                    case SequenceEnd or MappingEnd:
                        (nodes, anchor) = open.Pop();
                        break;
                    case Scalar scalar:
                        (nodes, anchor) = (1, scalar.Anchor);
                        break;
                    case AnchorAlias alias:
                        nodes = anchored.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    default:
                        continue;
                }

                if (!anchor.IsEmpty)
                {
                    anchored[anchor.Value] = nodes;
                }

                var sum = (open.Count > 0 ? open.Peek().Nodes : total) + nodes;
                if (sum > MaxExpandedNodes)
                {
                    return parser.Current.Start;
                }

                if (open.Count > 0)
                {
                    open.Push((sum, open.Pop().Anchor));
                }
                else
                {
                    total = sum;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // The parser's own errors, which the loader reports where it meets them.
            return null;
        }

        return null;
    }
}
