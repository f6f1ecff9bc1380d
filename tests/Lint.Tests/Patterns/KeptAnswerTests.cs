using System.Text.RegularExpressions;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// Matchers and the literal index keep their answers by a text's content, shared by all threads, so that a sentence
/// that recurs on many pages is searched once. A kept answer must never stand in for another text's: whatever the
/// order, the copies, the collisions in the tables and the threads, every answer is the expression's own.
/// </summary>
public class KeptAnswerTests
{
    private const string Word = @"[\p{L}\p{N}_]";

    private static readonly string[] Sentences =
    [
        "this cream cures acne in a week",
        "this cream cures eczema",
        "it cured nothing",
        "cures, cures and cures",
        "acne cures",
        "",
        "nothing to see here",
    ];

    [Fact]
    public void A_copy_of_a_text_gets_the_answer_of_the_original()
    {
        var matcher = PatternMatcher.Shared(@"cures (?:\w+ )?(?:acne|eczema)", @"cures (?:\w+ )?(?:acne|eczema)", null, "hl_m");
        var original = "the new cream cures acne fast";
        var copy = new string(original.AsSpan());
        Assert.NotSame(original, copy);

        var first = matcher.Matches(original, LiteralIndex.Read(original), 0).Select(m => (m.Start, m.End)).ToList();
        var again = matcher.Matches(copy, LiteralIndex.Read(copy), 0).Select(m => (m.Start, m.End)).ToList();

        Assert.Equal([(14, 24)], first);
        Assert.Equal(first, again);
        Assert.Equal(LiteralIndex.Read(original).Sets, LiteralIndex.Read(copy).Sets);
    }

    [Fact]
    public void Many_texts_on_several_threads_each_get_their_own_answer()
    {
        // More texts than the tables hold, asked in turn by several threads: entries are replaced and slots collide.
        var patterns = new[] { @"cures (?:\w+ )?(?:acne|eczema)", @"(?:acne|eczema) cures", @"cure[sd]", @"nothing" };
        var matchers = patterns.Select(p => PatternMatcher.Shared(p, p, null, "hl_m")).ToArray();
        var expressions = patterns.Select(p => new Regex($"(?<!{Word})(?<hl_m>{p})(?!{Word})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)).ToArray();
        var texts = Enumerable.Range(0, 40_000).Select(i => $"{Sentences[i % Sentences.Length]} {i % 997}").ToArray();

        var wrong = 0;
        Parallel.For(0, texts.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            // Every text twice, the second time as a copy, in an order that differs from thread to thread.
            var text = n < texts.Length ? texts[n] : new string(texts[(n * 7919) % texts.Length].AsSpan());
            for (var p = 0; p < matchers.Length; p++)
            {
                var found = matchers[p].Matches(text, LiteralIndex.Read(text), 0).Select(m => m.Start).ToList();
                var expected = new List<int>();
                for (var match = expressions[p].Match(text); match.Success; match = expressions[p].Match(text, match.Groups["hl_m"].Index + 1))
                {
                    expected.Add(match.Groups["hl_m"].Index);
                }

                if (!found.SequenceEqual(expected))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }
}
