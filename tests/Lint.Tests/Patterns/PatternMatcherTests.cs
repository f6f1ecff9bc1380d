using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;
using HealthLint.Rules.Patterns;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// Which patterns have the shape of catastrophic backtracking, and so run on the non-backtracking engine; and that a
/// matcher, which tries its expression only where the pattern can open, finds what the expression finds trying
/// every position, with the narrow form of its lists where that finds the same.
/// </summary>
public class PatternMatcherTests
{
    [Fact]
    public void Every_built_in_pattern_finds_what_its_expression_finds_at_every_position()
    {
        const string word = @"[\p{L}\p{N}_]";
        var sentences = BuiltInVocabulary.Sentences();
        var compared = 0;
        var searched = 0;
        var narrowed = 0;
        foreach (var (value, vocabulary, expanded) in BuiltInVocabulary.Patterns())
        {
            var (openings, unless) = RequiredLiterals.ConditionalOpenings(expanded);
            if (openings is null)
            {
                // Without openings a matcher runs its expression as it is.
                continue;
            }

            var forms = vocabulary.ExpandFactoredForms(value, problem => new ArgumentException(problem));
            var factored = forms.Text;
            PatternMatcher matcher;
            try
            {
                matcher = PatternMatcher.Shared(expanded, forms, null, "hl_m");
            }
            catch (ArgumentException)
            {
                // Exception lists and messages are read as patterns too; only those that build are compared.
                continue;
            }

            // The matchers' guard: no match starts or ends inside a word, and one that starts or ends with punctuation needs no guard on that side.
            var plain = new Regex($"(?:(?<!{word})|(?=[^\\p{{L}}\\p{{N}}_]))(?<hl_m>{factored})(?:(?!{word})|(?<=[^\\p{{L}}\\p{{N}}_]))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

            // Sentences that lack the pattern's literals cannot match (RequiredLiteralsSoundness): they are skipped.
            var literals = RequiredLiterals.AllOf(expanded);
            foreach (var sentence in sentences.Where(s => literals.All(set => set.Any(l => s.Contains(l, StringComparison.Ordinal)))))
            {
                var expected = new List<(int, int)>();
                for (var match = plain.Match(sentence); match.Success; match = plain.Match(sentence, match.Groups["hl_m"].Index + 1))
                {
                    expected.Add((match.Groups["hl_m"].Index, match.Groups["hl_m"].Index + match.Groups["hl_m"].Length));
                }

                var found = matcher.Matches(sentence, LiteralIndex.Read(sentence), 0).Select(m => (m.Start, m.End)).ToList();
                compared += expected.Count;
                searched += unless?.Any(u => sentence.Contains(u, StringComparison.Ordinal)) == true ? expected.Count : 0;
                narrowed += forms.Narrow is not null && !forms.NarrowUnless.Any(u => sentence.Contains(u, StringComparison.Ordinal)) ? expected.Count : 0;
                Assert.True(expected.SequenceEqual(found), $"'{value}' on \"{sentence}\": expected [{string.Join(", ", expected)}], found [{string.Join(", ", found)}]");
            }
        }

        Assert.True(compared > 1_000, $"only {compared} matches compared");

        // Some of them in sentences where openings that hold on a condition do not, and the matcher searches them whole.
        Assert.True(searched > 20, $"only {searched} matches compared in sentences searched whole");

        // And many where the matcher runs the narrow form, without the list entries that open almost anywhere.
        Assert.True(narrowed > 500, $"only {narrowed} matches compared in sentences where the narrow form runs");
    }

    [Fact]
    public void Matches_asked_for_before_a_place_are_those_that_start_before_it_and_the_later_ones_stay_findable()
    {
        var sentences = BuiltInVocabulary.Sentences();
        var compared = 0;
        foreach (var (value, vocabulary, expanded) in BuiltInVocabulary.Patterns())
        {
            if (RequiredLiterals.ConditionalOpenings(expanded).Openings is null)
            {
                continue;
            }

            PatternMatcher matcher;
            try
            {
                matcher = PatternMatcher.Shared(expanded, vocabulary.ExpandFactoredForms(value, problem => new ArgumentException(problem)), null, "hl_m");
            }
            catch (ArgumentException)
            {
                continue;
            }

            foreach (var sentence in sentences)
            {
                KeptAnswers.Forget();
                var literals = LiteralIndex.Read(sentence);
                var all = matcher.Matches(sentence, literals, 0).Select(m => (m.Start, m.End)).ToList();
                if (all.Count == 0)
                {
                    continue;
                }

                foreach (var before in all.Select(m => m.Start).Append(all[0].Start + 1).Append(0).Distinct())
                {
                    // Asked first for the matches before a place, then for all: nothing found or missed on the way is kept wrong.
                    KeptAnswers.Forget();
                    var bounded = matcher.Matches(sentence, literals, 0, before).Select(m => (m.Start, m.End)).ToList();
                    Assert.Equal(all.Where(m => m.Start < before), bounded);
                    Assert.Equal(all.Any(m => m.Start < before), matcher.IsMatch(sentence, literals, before));
                    Assert.Equal(all, matcher.Matches(sentence, literals, 0).Select(m => (m.Start, m.End)));
                    compared++;
                }
            }
        }

        Assert.True(compared > 1_000, $"only {compared} bounds compared");
    }

    [Theory]
    [InlineData("cuts visits by 50% in a year", "50%")]
    [InlineData("cuts visits by ٥٠% in a year", "٥٠%")]
    [InlineData("cuts visits by ５０ % in a year", "５０ %")]
    [InlineData("model x50% is not a number", null)]
    public void A_pattern_that_opens_with_a_number_is_tried_where_any_digit_starts_a_word(string sentence, string? expected)
    {
        var matcher = PatternMatcher.Shared(@"\d+ ?%", @"\d+ ?%", null, "hl_m");
        var found = matcher.Matches(sentence, LiteralIndex.Read(sentence), 0).Select(m => sentence[m.Start..m.End]).ToList();
        Assert.Equal(expected is null ? [] : [expected], found);
    }

    [Theory]
    [InlineData("(a+)+$")]
    [InlineData(@"(\w+\s?)*$")]
    [InlineData("(?:x*y)+")]
    [InlineData("(?:a{2,})*b")]
    [InlineData("((a+))+")]
    [InlineData("(?:(?:ab)+c)*")]
    public void Nested_unbounded_repetitions_are_recognised(string pattern)
    {
        Assert.True(PatternMatcher.NestsUnboundedRepetitions(pattern));
    }

    [Fact]
    public void No_built_in_pattern_nests_unbounded_repetitions()
    {
        // Such a pattern runs on the non-backtracking engine, whose automaton costs tens of milliseconds to build and
        // megabytes to keep: the built-in patterns are written so that none needs it ({number} is \d(?:[.,]?\d)*,
        // not \d+(?:[.,]\d+)*, which matches the same numbers).
        var nested = BuiltInVocabulary.Patterns()
            .Where(p => PatternMatcher.NestsUnboundedRepetitions(p.Expanded))
            .Select(p => p.Value)
            .Distinct()
            .ToList();

        Assert.True(nested.Count == 0, "patterns that nest unbounded repetitions: " + string.Join(", ", nested));
    }

    [Theory]
    [InlineData("guaranteed")]
    [InlineData(@"(?:\w+ ){0,3}?cure")]
    [InlineData("(?:a+)b+")]
    [InlineData("(?:ab)+")]
    [InlineData(@"[(+]+\)")]
    [InlineData(@"\(a+\)+")]
    [InlineData("(?:a{2,5})+")]
    public void Bounded_or_single_repetitions_are_not(string pattern)
    {
        Assert.False(PatternMatcher.NestsUnboundedRepetitions(pattern));
    }
}
