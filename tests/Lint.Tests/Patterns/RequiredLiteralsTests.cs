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
        @"\d+ ?%",
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
}
