using System.Globalization;
using HealthLint.Analysis;
using HealthLint.Documents;
using HealthLint.Rules.Loading;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// Kind <c>metric</c>: measures each sentence, each block or the whole document (see <see cref="Metric"/>) and
/// reports a measure below <c>minimum</c> or above <c>maximum</c>: on the sentence or block, or at the top of the
/// document for document metrics. The message's <c>{0}</c> is the measure and <c>{1}</c> the limit it breaks.
/// </summary>
internal sealed class MetricRule : Rule
{
    public const string KindName = "metric";

    public static readonly string[] Keys = ["metric", "minimum", "maximum", "blocks", "minimumWords"];

    private static readonly Dictionary<string, Metric> MetricNames = new(StringComparer.Ordinal)
    {
        ["sentence-words"] = Metric.SentenceWords,
        ["paragraph-words"] = Metric.ParagraphWords,
        ["document-words"] = Metric.DocumentWords,
        ["reading-grade"] = Metric.ReadingGrade,
    };

    private static readonly Dictionary<string, BlockKind> BlockNames = new(StringComparer.Ordinal)
    {
        ["paragraph"] = BlockKind.Paragraph,
        ["heading"] = BlockKind.Heading,
        ["list-item"] = BlockKind.ListItem,
        ["table-cell"] = BlockKind.TableCell,
        ["quote"] = BlockKind.Quote,
        ["aside"] = BlockKind.Aside,
        ["footer"] = BlockKind.Footer,
    };

    private static readonly BlockKind[] DefaultBlocks = [BlockKind.Paragraph, BlockKind.ListItem, BlockKind.Quote, BlockKind.Aside];

    private readonly Metric _metric;
    private readonly double? _minimum;
    private readonly double? _maximum;
    private readonly IReadOnlySet<BlockKind> _blocks;
    private readonly int _minimumWords;

    private MetricRule(RuleDescriptor descriptor, Metric metric, double? minimum, double? maximum, IReadOnlySet<BlockKind> blocks, int minimumWords)
        : base(descriptor)
    {
        _metric = metric;
        _minimum = minimum;
        _maximum = maximum;
        _blocks = blocks;
        _minimumWords = minimumWords;
    }

    public static MetricRule Create(RuleContext context)
    {
        var map = context.Map;
        var name = map.RequiredString("metric").Trim();
        if (!MetricNames.TryGetValue(name, out var metric))
        {
            throw map.Error(map.Find("metric")!, $"unknown metric '{name}'; expected one of: {string.Join(", ", MetricNames.Keys.Order(StringComparer.Ordinal))}");
        }

        var minimum = Number(map, "minimum");
        var maximum = Number(map, "maximum");
        if (minimum is null && maximum is null)
        {
            throw map.Error(map.KeyNode("metric")!, "a metric rule needs 'minimum', 'maximum' or both");
        }

        if (minimum > maximum)
        {
            throw map.Error(map.Find("minimum")!, $"'minimum' ({Format(minimum.Value)}) is above 'maximum' ({Format(maximum!.Value)})");
        }

        var blocks = DefaultBlocks.ToHashSet();
        if (map.Has("blocks"))
        {
            blocks.Clear();
            foreach (var (value, node) in map.StringList("blocks"))
            {
                if (!BlockNames.TryGetValue(value.Trim(), out var kind))
                {
                    throw map.Error(node, $"unknown block '{value}' in 'blocks'; expected one of: {string.Join(", ", BlockNames.Keys.Order(StringComparer.Ordinal))}");
                }

                blocks.Add(kind);
            }

            if (blocks.Count == 0)
            {
                throw map.Error(map.Find("blocks")!, "'blocks' must name at least one kind of block");
            }
        }

        var minimumWords = map.Int("minimumWords", metric == Metric.ReadingGrade ? 100 : 0);
        if (minimumWords < 0)
        {
            throw map.Error(map.Find("minimumWords")!, "'minimumWords' must not be negative");
        }

        if (map.Has("minimumWords") && metric != Metric.ReadingGrade)
        {
            throw map.Error(map.KeyNode("minimumWords")!, "'minimumWords' applies only to metric 'reading-grade'");
        }

        return new MetricRule(context.Descriptor, metric, minimum, maximum, blocks, minimumWords);
    }

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        for (var b = 0; b < analysis.SentencesByBlock.Count; b++)
        {
            var facts = analysis.Facts[b];
            var block = analysis.Document.Blocks[b];
            if (facts.IsReferenceEntry || facts.IsLinkList || !_blocks.Contains(block.Kind))
            {
                continue;
            }

            var blockWords = 0;
            foreach (var sentence in analysis.SentencesByBlock[b])
            {
                var count = Readability.Words(sentence);
                if (count == 0)
                {
                    continue;
                }

                if (_metric == Metric.SentenceWords && Broken(count) is { } limit)
                {
                    findings.Report(Descriptor, block, sentence.Span.Start, sentence.Span.End, Message(count, limit));
                }

                sentences++;
                blockWords += count;
                if (_metric == Metric.ReadingGrade)
                {
                    syllables += sentence.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Sum(Readability.Syllables);
                }
            }

            if (_metric == Metric.ParagraphWords && blockWords > 0 && Broken(blockWords) is { } blockLimit)
            {
                findings.Report(Descriptor, block, 0, block.Text.Length, Message(blockWords, blockLimit));
            }

            words += blockWords;
        }

        switch (_metric)
        {
            case Metric.DocumentWords when Broken(words) is { } limit:
                findings.ReportTop(Descriptor, Message(words, limit));
                break;
            case Metric.ReadingGrade when words >= Math.Max(1, _minimumWords):
                var grade = Math.Round(Readability.Grade(sentences, words, syllables), 1, MidpointRounding.AwayFromZero);
                if (Broken(grade) is { } gradeLimit)
                {
                    findings.ReportTop(Descriptor, Message(grade, gradeLimit));
                }

                break;
        }
    }

    private double? Broken(double value) =>
        value < _minimum ? _minimum : value > _maximum ? _maximum : null;

    private string Message(double value, double limit) =>
        Descriptor.MessageFormat
            .Replace("{0}", Format(value), StringComparison.Ordinal)
            .Replace("{1}", Format(limit), StringComparison.Ordinal);

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static double? Number(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? value
            : throw map.Error(map.Find(key)!, $"'{key}' must be a number of at least 0, not '{text}'");
    }
}
