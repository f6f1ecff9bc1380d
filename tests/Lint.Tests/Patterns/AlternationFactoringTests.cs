using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Rules.Patterns;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// A factored list matches exactly what the list matched: the same places, the same lengths, the same preferred
/// entry where several fit.
/// </summary>
public class AlternationFactoringTests
{
    [Theory]
    [InlineData(new[] { "cure", "cut", "calm" }, "c(?:u(?:re|t)|alm)")]
    [InlineData(new[] { "pain", "ache", "pains?" }, "pain(?:|s?)|ache")]
    [InlineData(new[] { "back pain", "backache", "bloating" }, "b(?:ack(?: pain|ache)|loating)")]
    [InlineData(new[] { "heal", "heal(?:s|ed)?" }, "heal(?:|(?:s|ed)?)")]
    [InlineData(new[] { "ab", "(?:x|a)c", "ad" }, "ab|(?:x|a)c|ad")]
    [InlineData(new[] { "ab", "(?:x|y)c", "ad" }, "a(?:b|d)|(?:x|y)c")]
    [InlineData(new[] { "ab", "[a-z]{3,}itis", "ad", "[0-9]x", "bb" }, "ab|[a-z]{3,}itis|ad|[0-9]x|bb")]
    [InlineData(new[] { "ab", "[0-9]x", "ad" }, "a(?:b|d)|[0-9]x")]
    [InlineData(new[] { "a?b", "ab" }, "a?b|ab")]
    public void Shares_first_characters_without_moving_an_entry_past_one_that_could_open_the_same_way(string[] branches, string expected)
    {
        Assert.Equal(expected, AlternationFactoring.Factor(branches));
    }

    [Theory]
    [InlineData(new[] { "ab", "[a-b]x", "bc" }, "(?=[a])(?:ab|[a-b]x)|(?=[b])(?:[a-b]x|bc)")]
    [InlineData(new[] { "a", "\\w+b", "c" }, "(?=[a])(?:a|\\w+b)|(?=[c])(?:\\w+b|c)|(?![ac])(?:\\w+b)")]
    [InlineData(new[] { "-a", "[-^]b" }, "(?=[\\-])(?:-a|[-^]b)|(?=[\\^])(?:[-^]b)")]
    public void A_long_list_is_grouped_by_first_character_behind_lookaheads(string[] branches, string expected)
    {
        Assert.Equal(expected, AlternationFactoring.Factor(branches, minDispatched: 2));
    }

    [Theory]
    [InlineData(new[] { "ax", "(?:b|c)y", "cz" }, "ax|by|c(?:y|z)")]
    [InlineData(new[] { "(?:acne |dark )?marks", "zz" }, "acne marks|dark marks|marks|zz")]
    [InlineData(new[] { "(?:osteo|rheumatoid )?arthritis", "ab" }, "osteoarthritis|rheumatoid arthritis|a(?:rthritis|b)")]
    public void A_long_list_writes_out_a_branch_that_opens_with_alternatives(string[] branches, string expected)
    {
        Assert.Equal(expected, AlternationFactoring.Factor(branches, minDispatched: 2));
    }

    [Theory]
    [InlineData("(?:b|c)??y")]
    [InlineData("(?:b|c)+y")]
    [InlineData("(?:b|c){2}y")]
    [InlineData("(?:b|c)*y")]
    public void A_lazy_or_repeated_opening_group_stays_whole(string branch)
    {
        Assert.Contains(branch, AlternationFactoring.Factor([branch, "cz"], minDispatched: 2), StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_that_would_be_written_out_as_too_many_stays_whole()
    {
        var many = "(?:" + string.Join('|', Enumerable.Range(0, 100).Select(i => $"w{i}x")) + "|z) pain";
        var written = AlternationFactoring.Factor([many, "ab"], minDispatched: 2);
        Assert.Contains(many, written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pain", "p")]
    [InlineData("(?:back|neck) pain", "bn")]
    [InlineData("(?:tooth |dental )?sensitivity", "dst")]
    [InlineData("o?estrogen", "eo")]
    [InlineData("(?:a|b)??c", "abc")]
    [InlineData("[a-c]{2,}x", "abc")]
    [InlineData("(?:a )?(?:b)?", null)]
    [InlineData("a?", null)]
    [InlineData("(?:\\w+ )?function", null)]
    [InlineData("(?:a|b)*c", null)]
    [InlineData("(?=a)ab", null)]
    public void Knows_what_a_branch_can_open_with(string branch, string? expected)
    {
        var first = AlternationFactoring.FirstCharacters(branch);
        Assert.Equal(expected, first is null ? null : new string(first.Order().ToArray()));
    }

    [Theory]
    [InlineData("a(?i)b")]
    [InlineData("(?<x>a)b")]
    [InlineData("(?<x>a)\\k<x>")]
    [InlineData("(a)\\1")]
    [InlineData("(?(a)b|c)")]
    public void Leaves_alone_lists_with_inline_options_named_groups_or_back_references(string branch)
    {
        Assert.False(AlternationFactoring.CanFactor([branch, "ac"]));
    }

    [Fact]
    public void Plain_lists_can_be_factored()
    {
        Assert.True(AlternationFactoring.CanFactor(["pains?", "(?:back|neck) pain", "[a-z]{3,}itis", "(?<!x)y", "(?=z)z"]));
    }

    [Property(MaxTest = 500)]
    public Property Matches_the_same_text_as_the_list_it_factors()
    {
        // A small alphabet makes entries share openings, contain one another and compete at the same place.
        var atom = Gen.OneOf(
            Gen.Elements("a", "b", "c", " "),
            Gen.Elements("a?", "b*", "(?:a|b)", "(?:ab|a)", "[ab]", "[a-c]{2,}", "(?:c )?", "\\w", "(?<!a)", "(?=b)"));
        var branch = atom.ListOf().Where(l => l.Count is > 0 and < 5).Select(l => string.Concat(l));
        var list = branch.ListOf().Where(l => l.Count is > 0 and < 12).Select(l => l.ToArray());
        var text = Gen.Elements('a', 'b', 'c', ' ', 'd').ArrayOf().Select(a => new string(a));
        var minDispatched = Gen.Elements(2, 4, int.MaxValue);
        return Prop.ForAll(Arb.From(list), Arb.From(text), Arb.From(minDispatched), (branches, input, min) =>
        {
            var plain = new Regex($"(?<![a-z])(?:{string.Join('|', branches)})(?:d|x)?", RegexOptions.CultureInvariant);
            var written = AlternationFactoring.Factor(branches, min);
            var factored = new Regex($"(?<![a-z])(?:{written})(?:d|x)?", RegexOptions.CultureInvariant);
            return Enumerable.Range(0, input.Length + 1).All(start => Same(plain.Match(input, start), factored.Match(input, start)))
                .Label($"{string.Join('|', branches)} became {written}");
        });
    }

    [Fact]
    public void The_built_in_lists_match_the_same_text_factored()
    {
        var vocabulary = BuiltInVocabulary.Read();
        var texts = BuiltInVocabulary.Sentences();
        Assert.True(texts.Count > 200, $"only {texts.Count} sentences");
        var matched = 0;
        var changed = 0;
        foreach (var name in vocabulary.Names)
        {
            var plain = new Regex(vocabulary.Expand($"{{{name}}}", problem => new ArgumentException(problem)), RegexOptions.CultureInvariant);
            var factored = new Regex(vocabulary.ExpandFactored($"{{{name}}}", problem => new ArgumentException(problem)), RegexOptions.CultureInvariant);
            changed += plain.ToString() == factored.ToString() ? 0 : 1;
            foreach (var text in texts)
            {
                var expected = plain.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                var actual = factored.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{{{name}}} in \"{text}\": {string.Join(", ", expected)} became {string.Join(", ", actual)}");
                matched += expected.Count;
            }
        }

        Assert.True(matched > 1000, $"only {matched} matches: the check saw too little");
        Assert.True(changed * 2 > vocabulary.Names.Count(), $"only {changed} lists were factored");
    }

    [Fact]
    public void Every_built_in_pattern_matches_the_same_text_factored()
    {
        const string word = @"[\p{L}\p{N}_]";
        var sentences = BuiltInVocabulary.Sentences();
        var compared = 0;
        foreach (var (value, vocabulary, expanded) in BuiltInVocabulary.Patterns())
        {
            var factored = vocabulary.ExpandFactored(value, problem => new ArgumentException(problem));
            var plainRegex = new Regex($"(?<!{word})(?:{expanded})(?!{word})", RegexOptions.CultureInvariant);
            var factoredRegex = new Regex($"(?<!{word})(?:{factored})(?!{word})", RegexOptions.CultureInvariant);
            foreach (var sentence in sentences)
            {
                var plainMatch = plainRegex.Match(sentence);
                var factoredMatch = factoredRegex.Match(sentence);
                Assert.True(Same(plainMatch, factoredMatch), $"'{value}' on \"{sentence}\"");
                for (var start = plainMatch.Index + 1; plainMatch.Success && start <= sentence.Length; start++)
                {
                    compared++;
                    Assert.True(Same(plainRegex.Match(sentence, start), factoredRegex.Match(sentence, start)), $"'{value}' on \"{sentence}\" from {start}");
                }
            }
        }

        Assert.True(compared > 10_000, $"only {compared} positions compared");
    }

    private static bool Same(Match a, Match b) => a.Success == b.Success && (!a.Success || (a.Index == b.Index && a.Length == b.Length));
}
