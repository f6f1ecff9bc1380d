using System.Globalization;
using HealthLint.Documents;

namespace HealthLint.Rules.Models;

/// <summary>
/// A logistic model of whether a sentence makes a health claim, learned from the labelled articles of
/// <c>tests/corpus</c> by <see cref="ClaimModelTrainer"/>: a weight per feature (<see cref="SentenceFeatures"/>), and
/// the probability is the logistic of their sum. It reads the words of a sentence, not its grammar, so it finds the
/// claims that no pattern was written for; the patterns stay the rule's first judge.
/// </summary>
internal sealed class ClaimModel
{
    /// <summary>The built-in models, by the name a rule gives: embedded from <c>rules/&lt;name&gt;.model.tsv</c>.</summary>
    public static readonly IReadOnlyList<string> BuiltInNames = ["claims"];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ClaimModel> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, double> _weights;

    /// <summary>The weights looked up by the characters of a feature, so that judging a sentence builds no strings.</summary>
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public ClaimModel(Dictionary<string, double> weights)
    {
        _weights = weights;
        _byChars = weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int FeatureCount => _weights.Count;

    /// <summary>The built-in model called <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    public static ClaimModel? BuiltIn(string name) => !BuiltInNames.Contains(name, StringComparer.Ordinal) ? null : Loaded.GetOrAdd(name, static name =>
    {
        var resource = "HealthLint.Rules." + name + ".model.tsv";
        using var stream = typeof(ClaimModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded model {resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>Reads the model's text: lines "feature TAB weight"; lines starting with '#' are comments.</summary>
    public static ClaimModel Parse(string text)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var tab = trimmed.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(trimmed.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"A line of the claim model is not 'feature<TAB>weight': {trimmed}");
            }

            weights[trimmed[..tab]] = weight;
        }

        return new ClaimModel(weights);
    }

    /// <summary>The model's text, as <see cref="Parse"/> reads it, features in ordinal order.</summary>
    public string Write(string comment)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in comment.Split('\n'))
        {
            builder.Append("# ").Append(line).Append('\n');
        }

        foreach (var (feature, weight) in _weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            builder.Append(feature).Append('\t').Append(weight.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The probability that the sentence makes a health claim.</summary>
    public double Probability(string normalized, BlockKind kind) => Logistic(Score(SentenceFeatures.Read(normalized, kind)));

    /// <summary>
    /// The probability that the sentence makes a claim, and the words that weigh most towards one: from the first to
    /// the last of the few strongest, or the strongest alone where they lie far apart (empty when no word does).
    /// </summary>
    public (double Probability, int Start, int End) Judge(string normalized, BlockKind kind)
    {
        // The features of SentenceFeatures.Read, looked up without building them: most sentences are not claims, and
        // every sentence no pattern matched is judged.
        var words = SentenceFeatures.WordSpans(normalized);
        var score = Weight("k:" + KindNames[(int)kind]) + Weight("bias") + (words.Count < SentenceFeatures.ShortSentence ? Weight("short") : 0);
        var strongest = new List<(double Weight, int Start, int End)>();
        // A feature counts once however often it comes; only those the model knows can count at all, and their keys
        // are the model's own strings, so the ones met are told apart by reference.
        var met = new HashSet<string>(ReferenceEqualityComparer.Instance);
        Span<char> key = stackalloc char[128];
        for (var i = 0; i < words.Count; i++)
        {
            if (Lookup(normalized, words, i, 1, key) is ({ } feature, var weight) && met.Add(feature))
            {
                score += weight;
                if (weight > 0)
                {
                    strongest.Add((weight, words[i].Start, words[i].End));
                }
            }

            if (i > 0 && Lookup(normalized, words, i, 2, key) is ({ } pairFeature, var pair) && met.Add(pairFeature))
            {
                score += pair;
                if (pair > 0)
                {
                    strongest.Add((pair, words[i - 1].Start, words[i].End));
                }
            }
        }

        strongest.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var (start, end) = strongest.Count == 0 ? (0, 0) : (strongest[0].Start, strongest[0].End);
        for (var i = 1; i < Math.Min(QuotedFeatures, strongest.Count); i++)
        {
            var (from, to) = (Math.Min(start, strongest[i].Start), Math.Max(end, strongest[i].End));
            if (to - from <= LongestQuote)
            {
                (start, end) = (from, to);
            }
        }

        return (Logistic(score), start, end);
    }

    private static readonly string[] KindNames = Enum.GetNames<BlockKind>();

    private double Weight(string feature) => _weights.TryGetValue(feature, out var weight) ? weight : 0;

    /// <summary>
    /// The model's feature for the word (<paramref name="length"/> 1) or pair of words (2) ending at word
    /// <paramref name="i"/>, and its weight; no feature when the model has none.
    /// </summary>
    private (string? Feature, double Weight) Lookup(string text, List<(int Start, int End, bool Number)> words, int i, int length, Span<char> buffer)
    {
        var used = 0;
        if (!Append(buffer, ref used, length == 1 ? "u:" : "b:"))
        {
            return (null, 0);
        }

        for (var w = i - length + 1; w <= i; w++)
        {
            var (start, end, number) = words[w];
            if ((w < i || length == 1 ? true : Append(buffer, ref used, "_")) is false
                || !Append(buffer, ref used, number ? "#" : text.AsSpan(start, end - start)))
            {
                return (null, 0);
            }
        }

        return _byChars.TryGetValue(buffer[..used], out var feature, out var weight) ? (feature, weight) : (null, 0);
    }

    private static bool Append(Span<char> buffer, ref int used, ReadOnlySpan<char> part)
    {
        if (used + part.Length > buffer.Length)
        {
            // A word this long is in no model.
            return false;
        }

        part.CopyTo(buffer[used..]);
        used += part.Length;
        return true;
    }

    /// <summary>How many of the strongest words a finding quotes together, and in how many characters at most.</summary>
    private const int QuotedFeatures = 3;

    private const int LongestQuote = 60;

    internal double Score(IEnumerable<(string Feature, int Start, int End)> features)
    {
        var sum = 0.0;
        foreach (var (feature, _, _) in features)
        {
            if (_weights.TryGetValue(feature, out var weight))
            {
                sum += weight;
            }
        }

        return sum;
    }

    internal static double Logistic(double score) => 1 / (1 + Math.Exp(-Math.Clamp(score, -30, 30)));
}
