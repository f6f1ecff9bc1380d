using HealthLint.Documents;

namespace HealthLint.Rules.Models;

/// <summary>
/// Learns a <see cref="ClaimModel"/> from labelled sentences by logistic regression, fitted by stochastic gradient
/// descent in a fixed order (a seeded shuffle), so that the same sentences always give the same model.
/// </summary>
internal static class ClaimModelTrainer
{
    private const int Epochs = 12;
    private const double LearningRate = 0.2;
    private const double Decay = 1e-5;

    /// <summary>Features met fewer times than this in training are left out of the model: too rare to trust.</summary>
    private const int MinimumCount = 2;

    /// <summary>Weights smaller than this are left out: they change no probability that matters.</summary>
    private const double MinimumWeight = 0.005;

    /// <summary>A model from sentences labelled as claims (<c>true</c>) or not.</summary>
    public static ClaimModel Train(IReadOnlyList<(string Normalized, BlockKind Kind, bool IsClaim)> sentences)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var rows = new (int[] Features, bool IsClaim)[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (normalized, kind, isClaim) = sentences[s];
            var features = SentenceFeatures.Read(normalized, kind);
            var ids = new int[features.Count];
            for (var f = 0; f < features.Count; f++)
            {
                if (!index.TryGetValue(features[f].Feature, out var id))
                {
                    index[features[f].Feature] = id = index.Count;
                    counts.Add(0);
                }

                counts[id]++;
                ids[f] = id;
            }

            rows[s] = (ids, isClaim);
        }

        var weights = new double[index.Count];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(1);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var r in order)
            {
                var (ids, isClaim) = rows[r];
                var score = 0.0;
                foreach (var id in ids)
                {
                    score += weights[id];
                }

                var step = ((isClaim ? 1 : 0) - ClaimModel.Logistic(score)) * LearningRate;
                foreach (var id in ids)
                {
                    weights[id] += step - (Decay * weights[id]);
                }
            }
        }

        var kept = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (feature, id) in index)
        {
            var rounded = Math.Round(weights[id], 4);
            if (counts[id] >= MinimumCount && Math.Abs(rounded) >= MinimumWeight)
            {
                kept[feature] = rounded;
            }
        }

        return new ClaimModel(kept);
    }
}
