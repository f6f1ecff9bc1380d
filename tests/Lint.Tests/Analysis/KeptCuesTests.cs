using HealthLint.Analysis.Cues;

namespace HealthLint.Tests.Analysis;

/// <summary>
/// Each thread keeps the cues of the sentences it saw lately, by content, so that a sentence that recurs on many
/// pages is analysed once. The kept cues must be those the sentence has, whatever came between.
/// </summary>
public class KeptCuesTests
{
    private static readonly string[] Openings =
    [
        "it does not cure acne",
        "studies suggest it may help with sleep",
        "if you have asthma, talk to your gp",
        "ask your pharmacist whether it is right for you",
        "some people say it cured their eczema",
        "is it safe to take in pregnancy?",
    ];

    [Fact]
    public void A_recurring_sentence_gets_its_own_cues_however_many_sentences_came_between()
    {
        var texts = Enumerable.Range(0, 6_000).Select(i => $"{Openings[i % Openings.Length]} ({i % 1_500})").ToArray();

        // The cues each text has, found on a thread that has seen no other text.
        var expected = texts.Take(200).Select(text => OnNewThread(() => SentenceCues.Analyze(text).Cues.ToArray())).ToArray();

        // Every text in turn, then copies of the first ones, on a thread whose table has filled, collided and turned over.
        var found = OnNewThread(() =>
        {
            foreach (var text in texts)
            {
                _ = SentenceCues.Analyze(text).Cues;
            }

            return texts.Take(200).Select(text => SentenceCues.Analyze(new string(text.AsSpan())).Cues.ToArray()).ToArray();
        });

        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(expected[i], found[i]));
        Assert.Contains(expected, cues => cues.Length > 0);
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
