using HealthLint.Analysis.Cues;
using HealthLint.ClaimModel;
using HealthLint.Documents;
using HealthLint.Rules.Models;
using HealthLint.Tests.Support;
using Xunit;

namespace HealthLint.Tests.Rules.Models;

public sealed class ClaimModelTests
{
    private static readonly HealthLint.Rules.Models.ClaimModel Claims = HealthLint.Rules.Models.ClaimModel.BuiltIn("claims")!;

    [Fact]
    public void The_shipped_model_is_what_training_on_the_labelled_articles_gives()
    {
        // The model is data derived from tests/corpus: a change to the articles or the trainer must ship a model
        // trained again (dotnet run --project tools/ClaimModel -- tests/corpus rules/claims.model.tsv).
        var root = RepositoryRoot.Path;
        Assert.NotNull(root);
        var shipped = File.ReadAllText(Path.Combine(root, "rules", "claims.model.tsv"));
        var sentences = LabelledArticles.Sentences(Path.Combine(root, "tests", "corpus"));
        var trained = ClaimModelTrainer.Train(sentences);
        // Within a rounding step: the platform's Math.Exp may differ in its last bit from one machine to another.
        var expected = Weights(shipped);
        var actual = Weights(trained.Write(""));
        Assert.True(expected.Count > 1000, "the shipped model has too few features");
        foreach (var feature in expected.Keys.Union(actual.Keys))
        {
            var (a, b) = (expected.GetValueOrDefault(feature), actual.GetValueOrDefault(feature));
            Assert.True(Math.Abs(a - b) <= 0.002, $"{feature}: shipped {a}, trained {b}");
        }
    }

    [Fact]
    public void Judging_a_sentence_weighs_the_features_training_reads()
    {
        var root = RepositoryRoot.Path;
        Assert.NotNull(root);
        var sentences = LabelledArticles.Sentences(Path.Combine(root, "tests", "corpus")).Select(s => (s.Normalized, s.Kind)).Take(3000).ToList();
        sentences.Add(("it works, it works, it works: 50% in 2019 and 50% in 2020", BlockKind.ListItem));
        sentences.Add((new string('a', 300) + " cures " + new string('b', 200), BlockKind.Quote));
        sentences.Add(("", BlockKind.Heading));
        sentences.Add((string.Join(" ", Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? $"{i}" : $"word{i % 150} relieves pain")), BlockKind.Paragraph));
        foreach (var (text, kind) in sentences)
        {
            var expected = HealthLint.Rules.Models.ClaimModel.Logistic(Claims.Score(SentenceFeatures.Read(text, kind)));
            Assert.Equal(expected, Claims.Judge(text, kind).Probability, 12);
        }
    }

    private static Dictionary<string, double> Weights(string model) =>
        model.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    [Fact]
    public void Training_learns_the_words_of_claims()
    {
        var sentences = new List<(string, BlockKind, bool)>();
        for (var i = 0; i < 20; i++)
        {
            sentences.Add(($"this balm soothes sore joint number {i}", BlockKind.Paragraph, true));
            sentences.Add(($"the shop opens at {i} on weekdays", BlockKind.Paragraph, false));
        }

        var model = ClaimModelTrainer.Train(sentences);
        Assert.True(model.Probability("this balm soothes sore joint", BlockKind.Paragraph) > 0.8);
        Assert.True(model.Probability("the shop opens at", BlockKind.Paragraph) < 0.2);
    }

    [Theory]
    [InlineData("Collagen keeps your skin firm and youthful.")]
    [InlineData("Our detox tea flushes out toxins and boosts your immune system.")]
    public void The_built_in_model_is_sure_of_plain_claims(string sentence)
    {
        Assert.True(Claims.Probability(TextNormalizer.Normalize(sentence), BlockKind.Paragraph) >= 0.9, sentence);
    }

    [Theory]
    [InlineData("The clinic is open from 9am to 5pm on weekdays.")]
    [InlineData("Parking is free for patients.")]
    [InlineData("Please bring a list of your medicines to your appointment.")]
    public void The_built_in_model_does_not_take_logistics_for_claims(string sentence)
    {
        Assert.True(Claims.Probability(TextNormalizer.Normalize(sentence), BlockKind.Paragraph) < 0.5, sentence);
    }

    [Fact]
    public void A_finding_quotes_the_words_that_weigh_most()
    {
        var text = TextNormalizer.Normalize("Collagen keeps your skin firm and youthful.");
        var (_, start, end) = Claims.Judge(text, BlockKind.Paragraph);
        Assert.True(end > start);
        Assert.Contains("keeps", text[start..end], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("u:cure\tstrong")]
    [InlineData("no tab here")]
    public void A_model_line_that_is_not_a_feature_and_a_weight_is_an_error(string line)
    {
        Assert.Throws<FormatException>(() => HealthLint.Rules.Models.ClaimModel.Parse("# comment\n" + line + "\n"));
    }

    [Fact]
    public void Written_and_read_again_a_model_gives_the_same_probabilities()
    {
        var again = HealthLint.Rules.Models.ClaimModel.Parse(Claims.Write("a comment\nover two lines"));
        var text = TextNormalizer.Normalize("Turmeric eases stiff joints in days.");
        Assert.Equal(Claims.FeatureCount, again.FeatureCount);
        Assert.Equal(Claims.Probability(text, BlockKind.ListItem), again.Probability(text, BlockKind.ListItem), 12);
    }
}
