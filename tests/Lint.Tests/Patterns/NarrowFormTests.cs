using System.Text.RegularExpressions;
using HealthLint.Rules.Kinds;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// The narrow form of a pattern leaves out the list entries that can open at almost any word and need one of a few
/// literals; in a text without those literals it finds what the whole pattern finds.
/// </summary>
public class NarrowFormTests
{
    private static Vocabulary Lists(string yaml) =>
        Vocabulary.Read(YamlMap.Parse("test.yaml", yaml).Map("vocabulary"), Vocabulary.Empty);

    private static FactoredPattern Forms(Vocabulary lists, string pattern) =>
        lists.ExpandFactoredForms(pattern, problem => new ArgumentException(problem));

    private const string HealthLists = """
        vocabulary:
          condition:
            - cold
            - flu
            - '[a-z]{3,}(?:itis|osis)'
            - '(?:\w+ )?function'
            - '(?:back|neck) pain'
          part:
            - knee
            - '{condition} pain'

        """;

    private static readonly Vocabulary Health = Lists(HealthLists);

    [Theory]
    // An entry that opens with any letter, and one that opens with any word, are left out; what each needs is kept.
    [InlineData("{condition}", "itis|osis|function")]
    // An entry that opens with one of two words stays: it costs no more than two entries.
    [InlineData("{condition} relief", "itis|osis|function")]
    // Left out of a list used inside another list's entry too.
    [InlineData("{part}", "itis|osis|function")]
    // Nothing to leave out.
    [InlineData("cures? (?:acne|eczema)", "")]
    public void Entries_that_open_almost_anywhere_are_left_out(string pattern, string unless)
    {
        var forms = Forms(Health, pattern);

        Assert.Equal(unless.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), forms.NarrowUnless);
        if (unless.Length == 0)
        {
            Assert.Null(forms.Narrow);
            return;
        }

        Assert.NotNull(forms.Narrow);
        Assert.DoesNotContain("itis", forms.Narrow, StringComparison.Ordinal);
        Assert.DoesNotContain("function", forms.Narrow, StringComparison.Ordinal);
        Assert.Contains("pain", forms.Text, StringComparison.Ordinal);
        Assert.Contains("itis", forms.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Options set by the pattern reach into its lists: under (?x) "[a-z]{3,} disease" needs no " disease".
    [InlineData(@"(?x){condition}\s+cured")]
    [InlineData("(?i){condition}")]
    public void A_pattern_that_sets_options_has_no_narrow_form(string pattern)
    {
        var forms = Forms(Health, pattern);

        Assert.Equal(FactoredPattern.Whole(forms.Text), forms);
    }

    [Fact]
    public void A_list_whose_every_entry_opens_anywhere_keeps_them_all()
    {
        // Left with no entry, the list would match the empty string, not nothing.
        var forms = Forms(Lists("""
            vocabulary:
              inflamed:
                - '[a-z]{3,}itis'
                - '[a-z]{3,}osis'
            """), "{inflamed}");

        Assert.Equal(FactoredPattern.Whole(forms.Text), forms);
    }

    [Fact]
    public void An_entry_that_opens_anywhere_and_needs_no_literal_or_only_a_short_one_stays()
    {
        // A text without "y" is rare: a narrow form that needed one would hardly ever run.
        var lists = Lists("""
            vocabulary:
              symptom:
                - cough
                - '[a-z]+ache'
                - '[a-z]+y'
                - '[a-z]+'
            """);

        var forms = Forms(lists, "{symptom}");

        Assert.Equal(["ache"], forms.NarrowUnless);
        var narrow = new Regex($"^(?:{forms.Narrow})$", RegexOptions.CultureInvariant);
        Assert.Matches(narrow, "tummy");
        Assert.Matches(narrow, "sore");
    }

    [Theory]
    // The narrow form runs here: none of its left-out entries' literals is in the text.
    [InlineData("a cold and the flu came back", "cold|flu")]
    [InlineData("knee pain, neck pain and flu pain", "knee|neck pain|flu pain")]
    // The whole pattern runs here, and finds the entries the narrow form leaves out.
    [InlineData("gastritis, then a cold", "gastritis|cold")]
    [InlineData("liver function and knee pain", "liver function|function|knee")]
    [InlineData("arthritis pain again", "arthritis pain")]
    public void A_matcher_finds_every_entry_whichever_form_it_runs(string text, string expected)
    {
        var map = YamlMap.Parse("test.yaml", HealthLists + """
            patterns:
              - '{part}'
              - '{condition}'
            """);
        var patterns = PatternList.Read(map, "patterns", Vocabulary.Read(map.Map("vocabulary"), Vocabulary.Empty), required: true);

        var found = patterns.Matches(text).Select(m => text[m.Start..m.End]).ToList();

        // Where both patterns match at one place, the first speaks for them, as in one alternation.
        Assert.Equal(expected.Split('|'), found);
    }

    [Fact]
    public void Every_built_in_narrow_form_matches_what_the_whole_pattern_matches_where_it_runs()
    {
        const string word = @"[\p{L}\p{N}_]";
        var sentences = BuiltInVocabulary.Sentences();
        var narrowForms = 0;
        var compared = 0;
        foreach (var (value, vocabulary, _) in BuiltInVocabulary.Patterns())
        {
            var forms = vocabulary.ExpandFactoredForms(value, problem => new ArgumentException(problem));
            if (forms.Narrow is null)
            {
                continue;
            }

            narrowForms++;
            var whole = new Regex($"(?<!{word})(?:{forms.Text})(?!{word})", RegexOptions.CultureInvariant);
            var narrow = new Regex($"(?<!{word})(?:{forms.Narrow})(?!{word})", RegexOptions.CultureInvariant);
            foreach (var sentence in sentences.Where(s => !forms.NarrowUnless.Any(u => s.Contains(u, StringComparison.Ordinal))))
            {
                for (var start = 0; start <= sentence.Length; start++)
                {
                    var expected = whole.Match(sentence, start);
                    var actual = narrow.Match(sentence, start);
                    Assert.True(
                        expected.Success == actual.Success && (!expected.Success || (expected.Index == actual.Index && expected.Length == actual.Length)),
                        $"'{value}' on \"{sentence}\" from {start}");
                    if (!expected.Success)
                    {
                        break;
                    }

                    compared++;
                    start = expected.Index;
                }
            }
        }

        Assert.True(narrowForms > 20, $"only {narrowForms} built-in patterns have a narrow form");
        Assert.True(compared > 1_000, $"only {compared} matches compared");
    }
}
