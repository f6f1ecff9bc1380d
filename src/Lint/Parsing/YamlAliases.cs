using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HealthLint.Parsing;

/// <summary>
/// Tells YAML whose aliases add more than <see cref="MaxAddedNodes"/> nodes to it before the YAML parser loads it.
/// An alias stands for the whole node its anchor names, so nine aliases of nine aliases of … ("billion laughs") make a
/// few lines stand for billions of nodes; the loaded tree shares them, but walking, hashing or comparing it visits
/// every one, and a file of a few hundred bytes took minutes. Counting the nodes each anchor stands for, from the
/// parser's events, finds such YAML in one pass over its text.
/// </summary>
internal static class YamlAliases
{
    /// <summary>
    /// The most nodes aliases may add to a YAML text, beyond those written in it; real configuration stays far below
    /// it, and a long word list written out is not limited.
    /// </summary>
    public const long MaxAddedNodes = 100_000;

    /// <summary><see cref="MaxAddedNodes"/> as messages write it.</summary>
    public static readonly string MaxAddedNodesText = MaxAddedNodes.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The alias at which the aliases of the text first add more than <see cref="MaxAddedNodes"/> nodes to it, or
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
        long added = 0;
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
                        added += nodes - 1;
                        if (added > MaxAddedNodes)
                        {
                            return parser.Current.Start;
                        }

                        break;
                    default:
                        continue;
                }

                if (!anchor.IsEmpty)
                {
                    anchored[anchor.Value] = nodes;
                }

                if (open.Count > 0)
                {
                    var (held, anchorOfOpen) = open.Pop();
                    open.Push((held + nodes, anchorOfOpen));
                }
            }
        }
        catch (Exception exception) when (YamlParserErrors.Is(exception))
        {
            // The parser's own errors, which the loader reports where it meets them.
            return null;
        }

        return null;
    }
}
