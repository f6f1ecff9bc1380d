using System.Text.RegularExpressions;
using HealthLint.Analysis.Text;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>
/// The literals a pattern cannot match without: each row gives a pattern and the strings of which every match
/// must contain one, or none where no such set can be told for sure.
/// </summary>
public class RequiredLiteralsTests
{
    public static TheoryData<string, string[]> Known => new()
    {
        { "guaranteed", ["guaranteed"] },
        { @"\bguaranteed\b", ["guaranteed"] },
        { @"(?:results?|relief) (?:\w+ )?guaranteed", ["guaranteed"] },
        { "(?:results?|relief) (?:is|are) guaranteed", ["result is guaranteed", "result are guaranteed", "results is guaranteed", "results are guaranteed", "relief is guaranteed", "relief are guaranteed"] },
        { "[a-z]+ing", ["ing"] },
        { "results? (?:is|are) (?:assured|certain)", ["result is assured", "result is certain", "result are assured", "result are certain", "results is assured", "results is certain", "results are assured", "results are certain"] },
        { "energi[sz]ed", ["energised", "energized"] },
        { "well[- ]tolerated", ["well tolerated", "well-tolerated"] },
        { @"(?:is|are) (?:\w+ ){0,2}?(?:safe|harmless)", ["safe", "harmless"] },
        { @"\d+ ?(?:%|percent)", ["%", "percent"] },
        { @"(?<![\p{L}\p{N}_])(?<m>cures?)(?![\p{L}\p{N}_])", ["cure"] },
        { "(?:miracle|wonder) (?:cure|drug)s?", ["miracle cure", "miracle drug", "wonder cure", "wonder drug"] },
        { @"no\W+(?:side effects|risk)", ["side effects", "risk"] },
        { "(?:a|b)+c", ["c"] },
        { "(?:ab){2}", ["abab"] },
        { @"price\.", ["price."] },
        { "x{1,3}yz", ["yz"] },
        { "(?#comment)heal", ["heal"] },
        { "(?>atomic)", ["atomic"] },
        { "a{,2}b", ["a{,2}b"] },
    };

    public static TheoryData<string> Unknown => new()
    {
        @"\w+",
        "(?:cure)?",
        "cure|.*",
        "(?i)cure",
        "(?i:cure)",
        "[a-z]+",
        "[^x]y?",
        @"\x41",
        "(?(yes)a|b)",
        "(unclosed",
        "a)",
        "",
        "(?:cure|)",
        "[a-z-[aeiou]]x",
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Finds_the_literals_every_match_contains(string pattern, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), RequiredLiterals.Of(pattern)!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Unknown))]
    public void Gives_no_answer_where_a_match_may_lack_every_literal(string pattern)
    {
        Assert.Null(RequiredLiterals.Of(pattern));
    }

    [Fact]
    public void Strings_that_contain_another_of_the_set_are_dropped()
    {
        Assert.Equal(["cure", "heal"], RequiredLiterals.Of("cures?|cure-all|heal(?:s|ed)?")!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_set_of_patterns_has_an_answer_only_when_each_has_one()
    {
        Assert.Equal(["cure", "heal"], RequiredLiterals.OfAny(["cure", "heal"])!.Order(StringComparer.Ordinal));
        Assert.Null(RequiredLiterals.OfAny(["cures", @"\w+"]));
    }

    public static TheoryData<string, string[][]> Conjunctions => new()
    {
        { @"(?:cures?|heals?) (?:\w+ ){0,3}?(?:acne|eczema)", [["cure ", "cures ", "heal ", "heals "], ["acne", "eczema"]] },
        { @"(?:will|shall) (?:\w+ )?(?:cure|heal)", [["will ", "shall "], ["cure", "heal"]] },
        { @"(?:(?:cure|heal) \w+ fast|(?:remedy|fix) \w+ now)", [[" fast", " now"], ["cure ", "heal ", "remedy ", "fix "]] },
    };

    [Theory]
    [MemberData(nameof(Conjunctions))]
    public void Finds_every_set_a_match_needs_a_literal_of(string pattern, string[][] expected)
    {
        var sets = RequiredLiterals.AllOf(pattern);

        Assert.Equal(expected.Length, sets.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Order(StringComparer.Ordinal), sets[i].Order(StringComparer.Ordinal));
        }
    }

    public static TheoryData<string, string[]> KnownOpenings => new()
    {
        { "guaranteed", ["guaranteed"] },
        { @"\b(?:cures?|heals?) \w+", ["cure", "cures", "heal", "heals"] },
        { @"\b(?:cures?|heals?) well", ["cure well", "cures well", "heal well", "heals well"] },
        { @"\bcur(?:e|es|ed)\b", ["cure", "cures", "cured"] },
        { @"(?<![\p{L}\p{N}_])(?<m>heals?) (?:\w+ )?fast", ["heal", "heals"] },
        { @"(?:will|shall) (?:\w+ )?cure", ["will", "shall"] },
        { @"(?:is|be) (?:\w+ )?safe", ["is ", "be "] },
        { @"(?:up to |about )?(?:half|most) of", ["half of", "most of", "up to half of", "up to most of", "about half of", "about most of"] },
        { @"(?:cures?|heals?)(?: \w+){0,3} acne", ["cure", "cures", "heal", "heals"] },
        { "energi[sz]ed", ["energised", "energized"] },
        { @"energi[sz]ed? \w+", ["ener"] },
        { @"(?:up to |about )?(?:half|most) \w+", ["half", "most", "up to half", "up to most", "about half", "about most"] },
        { "(?:ab)+c", ["ab"] },
        { "(?=no)not?", ["no", "not"] },
        { "(?#note)relief", ["relief"] },
        { "(?<=x )cure", ["cure"] },
        { "a??b", ["b", "ab"] },
        { "(?:a|)b", ["ab", "b"] },
    };

    public static TheoryData<string> UnknownOpenings => new()
    {
        @"\w+ cures",
        @"\D+ ?%",
        @"(?:\d|\w)+ ?%",
        "(?:very )*safe",
        "(?:cure|)",
        "(?:cures?|[a-z]+itis)",
        "(?i)cure",
        "x?",
        "x{0,3}y",
        "x{0}y",
        "^",
        "",
        "(unclosed",
    };

    [Theory]
    [InlineData(@"\d+ ?%", "")]
    [InlineData(@"\b(?:\d(?:[.,]?\d)*)\b in", "")]
    [InlineData(@"(?:\d+|one) in", "one")]
    public void A_number_opens_with_any_digit_the_engine_reads_as_one(string pattern, string other)
    {
        // .NET reads \d as any decimal digit (Unicode category Nd), not only 0-9: "٥٠%" is a number to it.
        var digits = Enumerable.Range(0, char.MaxValue + 1).Select(c => ((char)c).ToString()).Where(c => Regex.IsMatch(c, @"^\d$")).ToList();
        Assert.Contains("٥", digits);
        var expected = other.Length > 0 ? digits.Append(other) : digits;
        Assert.Equal(expected.Order(StringComparer.Ordinal), RequiredLiterals.Openings(pattern)!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(KnownOpenings))]
    public void Finds_the_strings_every_match_opens_with(string pattern, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), RequiredLiterals.Openings(pattern)!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(UnknownOpenings))]
    public void Gives_no_openings_where_a_match_may_open_with_anything(string pattern)
    {
        Assert.Null(RequiredLiterals.Openings(pattern));
    }

    /// <summary>
    /// Pattern, openings, and the strings without which a match must start with one of them: each entry that may
    /// open with anything gives the literals it needs.
    /// </summary>
    public static TheoryData<string, string[], string[]> OpeningsOnCondition => new()
    {
        { "(?:cures?|[a-z]+itis)", ["cure", "cures"], ["itis"] },
        { @"\b(?:heals?|\w+ cures) fast", ["heal", "heals"], [" cures"] },
        { "(?:acne|[a-z]{3,}(?:itis|osis)|back pain) (?:is|are) gone", ["acne", "back pain"], ["itis", "osis"] },
        { "(?:(?:acne|[a-z]+itis)|(?:spots|(?:\\w+ )?years younger))", ["acne", "spots"], ["itis", "years younger"] },
        { "(?:will|[a-z]+'ll) cure", ["will"], ["'ll"] },
        { "(?:cures?|[a-z]+itis)+ now", ["cure", "cures"], ["itis"] },
    };

    [Theory]
    [MemberData(nameof(OpeningsOnCondition))]
    public void Finds_openings_that_hold_unless_the_text_holds_what_another_entry_needs(string pattern, string[] openings, string[] unless)
    {
        var (found, foundUnless) = RequiredLiterals.ConditionalOpenings(pattern);
        Assert.Equal(openings.Order(StringComparer.Ordinal), found!.Order(StringComparer.Ordinal));
        Assert.Equal(unless.Order(StringComparer.Ordinal), foundUnless!.Order(StringComparer.Ordinal));

        // Openings on a condition are not openings for every text.
        Assert.Null(RequiredLiterals.Openings(pattern));
    }

    [Theory]
    [InlineData(@"(?:cures?|\w+)")]
    [InlineData(@"(?:cures?|[a-z]+itis)?")]
    [InlineData(@"(?:cures?|[a-z]+itis)* now")]
    [InlineData(@"\w+ (?:cures?|[a-z]+itis)")]
    public void Gives_no_openings_where_an_entry_that_may_open_with_anything_needs_no_literal(string pattern)
    {
        Assert.Equal((null, null), RequiredLiterals.ConditionalOpenings(pattern));
    }

    [Theory]
    [MemberData(nameof(KnownOpenings))]
    public void Openings_that_hold_for_every_text_have_no_condition(string pattern, string[] expected)
    {
        var (found, unless) = RequiredLiterals.ConditionalOpenings(pattern);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found!.Order(StringComparer.Ordinal));
        Assert.Null(unless);
    }
}
