using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// Writes the sentences of one article: fills templates with the topic's words and mixes in, at the site voice's
/// rates, claims (sourced or not), outcome guarantees and cautions against them.
/// </summary>
internal sealed partial class ProseWriter
{
    private readonly Random _random;
    private readonly Article _article;
    private readonly HashSet<string> _usedTemplates = new(StringComparer.Ordinal);

    public ProseWriter(Random random, Article article)
    {
        _random = random;
        _article = article;
    }

    private HealthTopic Topic => _article.Topic;

    private SiteVoice Voice => _article.Site.Voice;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A template this article has not used yet, if a few tries find one, so that sentences rarely repeat.</summary>
    private string PickTemplate(IReadOnlyList<string> templates)
    {
        var template = Pick(templates);
        for (var attempt = 0; attempt < 4 && !_usedTemplates.Add(template); attempt++)
        {
            template = Pick(templates);
        }

        return template;
    }

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>A paragraph of <paramref name="sentences"/> sentences, drawn from <paramref name="templates"/> and the voice's mix.</summary>
    public List<Span> Paragraph(IReadOnlyList<string> templates, int sentences)
    {
        var spans = new List<Span>();
        if (Chance(0.04))
        {
            spans.Add(Span.Strong(Pick(["Important:", "Tip:", "Good to know:"])));
            spans.Add(Span.Plain(" "));
        }

        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                spans.Add(Span.Plain(" "));
            }

            AddSentence(spans, templates);
        }

        return spans;
    }

    /// <summary>One sentence from <paramref name="templates"/> alone, without the voice's mix.</summary>
    public List<Span> Plain(IReadOnlyList<string> templates) => [Span.Plain(Fill(PickTemplate(templates)))];

    public void AddSentence(List<Span> spans, IReadOnlyList<string> templates)
    {
        var roll = _random.NextDouble();
        if (roll < Voice.GuaranteeShare)
        {
            spans.Add(Span.Plain(Fill(PickTemplate(WordBanks.Guarantees))));
        }
        else if (roll < Voice.GuaranteeShare + Voice.CautionShare)
        {
            spans.Add(Span.Plain(Fill(PickTemplate(WordBanks.Cautions))));
        }
        else if (ReferenceEquals(templates, WordBanks.Claims) || roll < Voice.GuaranteeShare + Voice.CautionShare + Voice.ClaimShare)
        {
            AddClaim(spans, Fill(PickTemplate(WordBanks.Claims)));
        }
        else
        {
            spans.Add(Span.Plain(Fill(PickTemplate(templates))));
        }
    }

    private void AddClaim(List<Span> spans, string claim)
    {
        if (!Chance(Voice.SourcedShare))
        {
            spans.Add(Span.Plain(claim));
            return;
        }

        var body = claim[..^1];
        var stop = claim[^1..];
        var style = _random.NextDouble();
        if (style < Voice.FootnoteShare)
        {
            spans.Add(Span.Plain(body));
            spans.Add(Span.Footnote(AddReference().Number));
            spans.Add(Span.Plain(stop));
        }
        else if (style < Voice.FootnoteShare + (1 - Voice.FootnoteShare) / 3)
        {
            var reference = NewReferenceAuthors();
            spans.Add(Span.Plain($"{body} ({reference.Surname} et al., {reference.Year}){stop}"));
        }
        else if (style < Voice.FootnoteShare + 2 * (1 - Voice.FootnoteShare) / 3)
        {
            var (name, url) = Authority();
            spans.Add(Span.Plain($"{body} ("));
            spans.Add(Span.Link(name, url));
            spans.Add(Span.Plain($"){stop}"));
        }
        else
        {
            var (name, url) = Authority();
            spans.Add(Span.Plain("According to "));
            spans.Add(Span.Link(name == "NHS" || name == "CDC" || name == "NICE" ? "the " + name : name, url));
            spans.Add(Span.Plain(", " + LowerFirst(body) + stop));
        }
    }

    private Reference AddReference()
    {
        var number = _article.References.Count + 1;
        var (surname, year) = NewReferenceAuthors();
        var authors = $"{surname} {Initials()}, {Pick(WordBanks.Surnames)} {Initials()}, {Pick(WordBanks.Surnames)} {Initials()}, et al";
        var details = string.Create(CultureInfo.InvariantCulture, $"{year};{Between(1, 400)}({Between(1, 12)}):{Between(10, 900)}–{Between(901, 990)}");
        var doi = string.Create(CultureInfo.InvariantCulture, $"https://doi.org/10.{Between(1000, 9999)}/{Slugs.Of(Pick(WordBanks.Journals))}.{year}.{Between(100, 99999)}");
        var reference = new Reference(number, authors, Fill(Pick(WordBanks.StudyTitles)), Pick(WordBanks.Journals), year, details, doi);
        _article.References.Add(reference);
        return reference;
    }

    private (string Surname, int Year) NewReferenceAuthors() => (Pick(WordBanks.Surnames), Between(2006, 2024));

    private string Initials() => Between(0, 1) == 0
        ? ((char)('A' + _random.Next(26))).ToString()
        : string.Concat((char)('A' + _random.Next(26)), (char)('A' + _random.Next(26)));

    private (string Name, string Url) Authority()
    {
        var (name, url) = Pick(WordBanks.Authorities);
        return (name, Slot().Replace(url, match => match.Groups[1].Value == "id" ? Number(Between(10_000, 99_999)) : Topic.Slug));
    }

    /// <summary>Fills every <c>{slot}</c>; a capitalised slot name capitalises its word, and the sentence starts with a capital.</summary>
    public string Fill(string template)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var filled = Slot().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            var value = SlotValue(name.ToLowerInvariant(), used);
            return char.IsUpper(name[0]) ? UpperFirst(value) : value;
        });
        return UpperFirst(filled);
    }

    private string SlotValue(string name, HashSet<string> used)
    {
        IReadOnlyList<string>? list = name switch
        {
            "definition" => Topic.Definitions,
            "symptom" => Topic.Symptoms,
            "risk" => Topic.RiskFactors,
            "test" => Topic.Tests,
            "medication" => Topic.Medications,
            "procedure" => Topic.Procedures,
            "lifestyle" => Topic.Lifestyle,
            "complication" => Topic.Complications,
            _ => null,
        };
        if (list is not null)
        {
            for (var attempt = 0; attempt < 6; attempt++)
            {
                var candidate = Pick(list);
                if (used.Add(candidate))
                {
                    return candidate;
                }
            }

            return Pick(list);
        }

        return name switch
        {
            "condition" => Topic.Name,
            "short" => Topic.Short,
            "organ" => Topic.Organ,
            "specialist" => Topic.Specialist,
            "population" => Topic.Population,
            "product" => Topic.Product,
            "slug" => Topic.Slug,
            "site" => _article.Site.Name,
            "pct" => Number(Between(4, 85)),
            "n" => Number(Between(2, 9)),
            "times" => Number(Between(2, 4)),
            "weeks" => Number(Between(2, 12)),
            "days" => Number(Between(3, 30)),
            "year" => Number(Between(2008, 2024)),
            "count" => (Between(20, 1200) * 10).ToString("N0", CultureInfo.InvariantCulture),
            "name" => $"Dr {Pick(WordBanks.FirstNames)} {Pick(WordBanks.Surnames)}",
            "institution" => Pick(WordBanks.Institutions),
            _ => throw new InvalidOperationException($"Unknown template slot {{{name}}}."),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string UpperFirst(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>Lower-cases the first letter unless the first word is an abbreviation ("IBS", "COPD").</summary>
    private static string LowerFirst(string text) =>
        text.Length < 2 || !char.IsUpper(text[0]) || char.IsUpper(text[1]) ? text : string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1));

    public static string PlainText(IEnumerable<Span> spans)
    {
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.Append(span.Text);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Slot();
}
