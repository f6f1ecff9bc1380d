using HealthLint.Analysis;

namespace HealthLint.Tests.Analysis;

public class CitationFinderTests
{
    /// <summary>Renders citations as "A:text" (author–year) or "N:text" (numeric reference), separated by " | ".</summary>
    private static string Render(string text) =>
        string.Join(" | ", CitationFinder.Find(text).Select(c => $"{(c.Kind == TextCitationKind.AuthorYear ? 'A' : 'N')}:{text[c.Span.Start..c.Span.End]}"));

    [Theory]
    [InlineData("It cuts risk (Smith et al., 2020).", "A:(Smith et al., 2020)")]
    [InlineData("It cuts risk (Smith et al. 2020).", "A:(Smith et al. 2020)")]
    [InlineData("It is common (WHO, 2023).", "A:(WHO, 2023)")]
    [InlineData("Probiotics help (Doron & Snydman, 2015).", "A:(Doron & Snydman, 2015)")]
    [InlineData("It works (Smith and Jones, 2019).", "A:(Smith and Jones, 2019)")]
    [InlineData("It is known (Hill et al., 2014; Guo et al., 2019).", "A:(Hill et al., 2014; Guo et al., 2019)")]
    [InlineData("It is known (Smith 2020a).", "A:(Smith 2020a)")]
    [InlineData("It is advised (NICE, 2022).", "A:(NICE, 2022)")]
    [InlineData("It is unclear (Cochrane Review, 2021).", "A:(Cochrane Review, 2021)")]
    [InlineData("Eat less salt (American Heart Association, 2021).", "A:(American Heart Association, 2021)")]
    [InlineData("Offer it (National Institute for Health and Care Excellence, 2022).", "A:(National Institute for Health and Care Excellence, 2022)")]
    [InlineData("It helps (Smith, Jones, & Lee, 2020).", "A:(Smith, Jones, & Lee, 2020)")]
    [InlineData("It helps (O'Brien & García-López, 2018).", "A:(O'Brien & García-López, 2018)")]
    [InlineData("It helps (van der Berg, 2017).", "A:(van der Berg, 2017)")]
    [InlineData("It helps (see Smith, 2020).", "A:(see Smith, 2020)")]
    [InlineData("It helps (e.g., Smith, 2020; Jones, 2021).", "A:(e.g., Smith, 2020; Jones, 2021)")]
    [InlineData("It helps (Smith et al., 2020, p. 14).", "A:(Smith et al., 2020, p. 14)")]
    [InlineData("It helps (Smith, 2019, 2020).", "A:(Smith, 2019, 2020)")]
    [InlineData("It helps (Smith, 2020a, b).", "A:(Smith, 2020a, b)")]
    [InlineData("It helps (Smith 2020: 45–47).", "A:(Smith 2020: 45–47)")]
    [InlineData("It helps (Smith and colleagues, 2020).", "A:(Smith and colleagues, 2020)")]
    [InlineData("Smith et al. (2020) found a link.", "A:Smith et al. (2020)")]
    [InlineData("Guo and colleagues (2019) found a link.", "A:Guo and colleagues (2019)")]
    [InlineData("In 2019, Doron & Snydman (2015) agreed.", "A:Doron & Snydman (2015)")]
    [InlineData("According to Smith (2020), it helps.", "A:Smith (2020)")]
    [InlineData("A Cochrane Review (2021) found little.", "A:Cochrane Review (2021)")]
    [InlineData("The WHO (2023) advises it.", "A:WHO (2023)")]
    [InlineData("Smith's (2020) trial found a link.", "A:Smith's (2020)")]
    [InlineData("Jones (2018, 2019) agreed.", "A:Jones (2018, 2019)")]
    [InlineData("The American Heart Association (2021) advises less salt.", "A:American Heart Association (2021)")]
    [InlineData("Dr. Smith (2020) disagreed.", "A:Smith (2020)")]
    [InlineData("As the CDC (2022) notes, it spreads.", "A:CDC (2022)")]
    [InlineData("It helps [1].", "N:[1]")]
    [InlineData("It helps [2, 3].", "N:[2, 3]")]
    [InlineData("It helps [4-6].", "N:[4-6]")]
    [InlineData("It helps [4–6].", "N:[4–6]")]
    [InlineData("It helps [1,3-5].", "N:[1,3-5]")]
    [InlineData("It helps [12; 14].", "N:[12; 14]")]
    [InlineData("It helps.[7] More text.", "N:[7]")]
    [InlineData("It helps¹ and heals²³.", "N:¹ | N:²³")]
    [InlineData("It helps.¹ It heals,² really.", "N:¹ | N:²")]
    [InlineData("Many studies agree¹⁻³.", "N:¹⁻³")]
    [InlineData("Many studies agree¹,⁴.", "N:¹,⁴")]
    [InlineData("It is 40% lower.⁵", "N:⁵")]
    [InlineData("Both [1] and (Smith, 2020) agree.", "N:[1] | A:(Smith, 2020)")]
    public void Finds(string text, string expected)
    {
        Assert.Equal(expected, Render(text));
    }

    [Theory]
    [InlineData("It was shown in a trial (2020).")]
    [InlineData("Research (2020) shows it.")]
    [InlineData("Best Supplements for Joint Pain (2024)")]
    [InlineData("What's New in Hypertension Guidelines (2023)")]
    [InlineData("Our Top Picks (2024)")]
    [InlineData("Gut Health (2024)")]
    [InlineData("The cohort (aged 45, 2020 cohort) was small.")]
    [InlineData("Take it (5 mg, twice daily).")]
    [InlineData("Prices rose (CBD, 2023 prices).")]
    [InlineData("It was updated (Updated March 2020).")]
    [InlineData("It has been sold (since 2019).")]
    [InlineData("It has been sold (Since 2019).")]
    [InlineData("It was launched (January 2021).")]
    [InlineData("A dose (2 tablets) helps.")]
    [InlineData("It began in the 1700s (1750).")]
    [InlineData("It is set for (2150).")]
    [InlineData("It is a trial (Phase 3, 2020).")]
    [InlineData("It is common (COVID-19, 2020).")]
    [InlineData("It helps (Smith et al.).")]
    [InlineData("It helps (Smith et, 2020).")]
    [InlineData("It helps (Smith and, 2020).")]
    [InlineData("It helps (Smith, 2020, a randomised trial).")]
    [InlineData("It is (smith, 2020).")]
    [InlineData("He wrote [sic] that.")]
    [InlineData("It works [citation needed].")]
    [InlineData("[x] Done and [ ] to do.")]
    [InlineData("It happened [2020].")]
    [InlineData("It is index [0].")]
    [InlineData("Counted [1000] times.")]
    [InlineData("It helps [6-4].")]
    [InlineData("It helps [1-2-3].")]
    [InlineData("It helps [1,].")]
    [InlineData("It helps [].")]
    [InlineData("An unclosed [1 bracket.")]
    [InlineData("A BMI of 25 kg/m² or more.")]
    [InlineData("A room of 20 m³.")]
    [InlineData("About 10⁶ cells.")]
    [InlineData("¹⁴C dating and ² alone.")]
    [InlineData("No citation here at all.")]
    [InlineData("")]
    public void Finds_nothing(string text)
    {
        Assert.Empty(CitationFinder.Find(text));
    }

    [Fact]
    public void Orders_citations_by_position()
    {
        const string text = "One (Smith, 2020) two [3] three¹ four Jones (2019) five (WHO, 2023).";

        var starts = CitationFinder.Find(text).Select(c => c.Span.Start).ToArray();

        Assert.Equal(5, starts.Length);
        Assert.Equal(starts.Order().ToArray(), starts);
    }

    [Fact]
    public void Survives_long_unbalanced_input()
    {
        var text = new string('(', 50_000) + string.Concat(Enumerable.Repeat("Smith, 2020; ", 5_000)) + new string(')', 50_000)
            + new string('[', 50_000) + string.Concat(Enumerable.Repeat("1, ", 5_000)) + string.Concat(Enumerable.Repeat("¹,", 50_000));

        var citations = CitationFinder.Find(text);

        Assert.All(citations, c => Assert.InRange(c.Span.End, c.Span.Start + 1, text.Length));
    }
}
