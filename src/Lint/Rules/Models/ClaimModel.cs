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

    /// <summary>
    /// The weights of the words and pairs again, by a 64-bit hash of their words, in an open-addressing table: judging
    /// a sentence hashes each word once and builds no strings.
    /// </summary>
    private readonly ulong[] _keys;
    private readonly double[] _values;
    private readonly double[] _kindWeights;
    private readonly double _bias;
    private readonly double _short;

    public ClaimModel(Dictionary<string, double> weights)
    {
        _weights = weights;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, weights.Count * 2));
        _keys = new ulong[size];
        _values = new double[size];
        foreach (var (feature, weight) in weights)
        {
            if (KeyOf(feature) is { } key)
            {
                var slot = Slot(key);
                _keys[slot] = key;
                _values[slot] = weight;
            }
        }

        _kindWeights = Enum.GetNames<BlockKind>().Select(kind => weights.GetValueOrDefault("k:" + kind)).ToArray();
        _bias = weights.GetValueOrDefault("bias");
        _short = weights.GetValueOrDefault("short");
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
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var tab = trimmed.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(trimmed.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"Line {number} of the claim model is not 'feature<TAB>weight': {trimmed}");
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
    public double Probability(string normalized, BlockKind kind) => Judge(normalized, kind, quoteAbove: 1.1).Probability;

    /// <summary>
    /// The probability that the sentence makes a claim and, when it is at least <paramref name="quoteAbove"/>, the
    /// words that weigh most towards one: from the first to the last of the few strongest, or the strongest alone where
    /// they lie far apart (empty when no word does).
    /// </summary>
    public (double Probability, int Start, int End) Judge(string normalized, BlockKind kind, double quoteAbove = 0)
    {
        // The features of SentenceFeatures.Read, weighed without building them: every sentence no pattern matched is
        // judged, and most are not claims.
        var words = SentenceFeatures.WordSpans(normalized);
        var hashes = words.Count <= 256 ? stackalloc ulong[words.Count] : new ulong[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            hashes[i] = words[i].Number ? NumberHash : Hash(normalized.AsSpan(words[i].Start, words[i].End - words[i].Start));
        }

        var score = _kindWeights[(int)kind] + _bias + (words.Count < SentenceFeatures.ShortSentence ? _short : 0);
        var met = new MetSlots(stackalloc int[64]);
        for (var i = 0; i < words.Count; i++)
        {
            score += WeightOnce(Unigram(hashes[i]), ref met);
            if (i > 0)
            {
                score += WeightOnce(Bigram(hashes[i - 1], hashes[i]), ref met);
            }
        }

        var probability = Logistic(score);
        if (probability < quoteAbove)
        {
            return (probability, 0, 0);
        }

        var strongest = new List<(double Weight, int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (WeightOf(Unigram(hashes[i])) is > 0 and var weight)
            {
                strongest.Add((weight, words[i].Start, words[i].End));
            }

            if (i > 0 && WeightOf(Bigram(hashes[i - 1], hashes[i])) is > 0 and var pair)
            {
                strongest.Add((pair, words[i - 1].Start, words[i].End));
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

        return (probability, start, end);
    }

    /// <summary>How many of the strongest words a finding quotes together, and in how many characters at most.</summary>
    private const int QuotedFeatures = 3;

    private const int LongestQuote = 60;

    private const ulong UnigramTag = 0x75;
    private const ulong BigramTag = 0x62;

    private static readonly ulong NumberHash = Hash("#");

    /// <summary>The hash key of a word or pair feature ("u:word", "b:one_two"); none for the others.</summary>
    private static ulong? KeyOf(string feature) =>
        feature.StartsWith("u:", StringComparison.Ordinal) ? Unigram(Hash(feature.AsSpan(2)))
        : feature.StartsWith("b:", StringComparison.Ordinal) && feature.IndexOf('_', 2) is var pair and > 2
            ? Bigram(Hash(feature.AsSpan(2, pair - 2)), Hash(feature.AsSpan(pair + 1)))
        : null;

    // FNV-1a over the characters, then mixed with the kind of feature; words hold no '_', so a pair's two words are
    // where "b:" and '_' say.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Unigram(ulong word) => Mix(UnigramTag, word);

    private static ulong Bigram(ulong first, ulong second) => Mix(Mix(BigramTag, first), second);

    private static ulong Mix(ulong a, ulong b)
    {
        var x = (a * 0x9E3779B97F4A7C15UL) ^ b;
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return x | 1;
    }

    private int Slot(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private double WeightOf(ulong key) => Slot(key) is var slot && _keys[slot] == key ? _values[slot] : 0;

    /// <summary>The feature's weight the first time the sentence has it, 0 after: a feature counts once.</summary>
    private double WeightOnce(ulong key, ref MetSlots met)
    {
        var slot = Slot(key);
        return _keys[slot] == key && met.Add(slot) ? _values[slot] : 0;
    }

    /// <summary>The slots of the features a sentence has met: a few, looked through; many, kept in a set.</summary>
    private ref struct MetSlots(Span<int> few)
    {
        private readonly Span<int> _few = few;
        private int _count;
        private HashSet<int>? _many;

        public bool Add(int slot)
        {
            if (_many is not null)
            {
                return _many.Add(slot);
            }

            if (_few[.._count].Contains(slot))
            {
                return false;
            }

            if (_count < _few.Length)
            {
                _few[_count++] = slot;
                return true;
            }

            _many = [.. _few, slot];
            return true;
        }
    }

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
