using FsCheck;
using FsCheck.Fluent;

namespace HealthLint.Tests.Properties;

/// <summary>
/// The sentences structured documents are written with: claims the rules report (guarantees, unsourced efficacy
/// claims, statistics, appeals to studies), sentences they leave alone, and the medical disclaimer. Each comes as
/// its words and its closing punctuation, so that a format can mark up runs of words and put a citation before
/// the full stop. Some words carry character references, which both formats decode.
/// </summary>
internal static class HealthProse
{
    private static readonly string[] Claims =
    [
        "This supplement cures arthritis",
        "Studies show turmeric reduces inflammation",
        "Results are guaranteed",
        "Our detox tea is completely safe, with no side effects",
        "Magnesium cuts migraine attacks by 40%",
        "1 in 5 adults has high blood pressure",
        "Doctors recommend vitamin D for everyone",
        "You will be pain-free in 7 days",
        "Turmeric &amp; ginger reduce joint pain",
        "The caf&eacute; cleanse is guaranteed to cure acne",
        "Green tea boosts metabolism&nbsp;&#8212; guaranteed",
        "Clinically proven to lower cholesterol in 30&nbsp;days",
        "Fish oil prevents heart disease",
        "This cream is 100% effective for eczema",
    ];

    private static readonly string[] Neutral =
    [
        "Arthritis is a common condition that affects the joints",
        "Talk to your doctor before you start a new supplement",
        "The clinic opens at 9&nbsp;am on weekdays",
        "Some people notice less stiffness, but results vary",
        "Drink water &amp; rest when you have a cold",
        "The caf&eacute; on the ground floor sells soup",
        "Keep medicines out of the reach of children",
    ];

    private static readonly string[] Disclaimers =
    [
        "This article is general information and is not a substitute for professional medical advice, diagnosis or treatment",
        "The content of this page is for educational purposes only and is not a substitute for professional medical advice",
    ];

    /// <summary>A full stop most of the time; claims also end in "!" and neutral sentences in "?".</summary>
    public static Gen<(string[] Words, string End)> Sentence { get; } = Gen.Frequency(
        (6, Words(Claims).Zip(Gen.Elements(".", ".", ".", "!"))),
        (4, Words(Neutral).Zip(Gen.Elements(".", ".", "?"))),
        (1, Words(Disclaimers).Zip(Gen.Constant("."))));

    /// <summary>The disclaimer on its own, for the places a publisher puts it: a footer, a note, front matter.</summary>
    public static Gen<string> Disclaimer { get; } = Gen.Elements(Disclaimers).Select(d => d + ".");

    /// <summary>Author–year references, which count as citations in both formats.</summary>
    public static Gen<string> AuthorYear { get; } = Gen.Elements("(Smith et al., 2020)", "(WHO, 2023)", "(Nguyen &amp; Patel, 2019)");

    /// <summary>Absolute links count as citations, relative ones do not.</summary>
    public static Gen<string> Url { get; } = Gen.Elements(
        "https://pubmed.ncbi.nlm.nih.gov/8792038/", "https://www.who.int/news-room/fact-sheets", "https://example.org/study?id=7&amp;page=2", "/about-us", "#references");

    /// <summary>A plain sentence without markup, for places that hold text only: titles, front matter, comments, alt text.</summary>
    public static Gen<string> PlainSentence { get; } = Sentence.Select(s => string.Join(' ', s.Words) + s.End);

    /// <summary>Cuts words into runs, one to all of them long, for a format to mark up one run at a time.</summary>
    public static Gen<string[][]> Runs(string[] words) =>
        Gen.Choose(0, 3).ArrayOf(Math.Max(0, words.Length - 1)).Select(cuts =>
        {
            var runs = new List<string[]>();
            var start = 0;
            for (var i = 0; i < cuts.Length; i++)
            {
                if (cuts[i] == 0)
                {
                    runs.Add(words[start..(i + 1)]);
                    start = i + 1;
                }
            }

            runs.Add(words[start..]);
            return runs.ToArray();
        });

    private static Gen<string[]> Words(string[] sentences) =>
        Gen.Elements(sentences).Select(s => s.Split(' '));
}
