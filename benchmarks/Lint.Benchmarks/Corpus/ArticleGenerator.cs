using System.Globalization;

namespace HealthLint.Benchmarks.Corpus;

/// <summary>Starts an article for a site and a topic and adds its sections one at a time, in a plausible order.</summary>
internal sealed class ArticleGenerator
{
    private static readonly SectionKind[] Order =
    [
        SectionKind.Overview, SectionKind.Symptoms, SectionKind.Causes, SectionKind.Diagnosis, SectionKind.Treatment,
        SectionKind.SelfCare, SectionKind.Research, SectionKind.Product, SectionKind.SeeADoctor, SectionKind.Questions,
        SectionKind.KeyPoints,
    ];

    /// <summary>What long articles go on with once every kind of section has been written.</summary>
    private static readonly SectionKind[] Continuation =
    [
        SectionKind.Research, SectionKind.SelfCare, SectionKind.Questions, SectionKind.Treatment, SectionKind.Symptoms,
    ];

    private readonly Random _random;
    private readonly ProseWriter _prose;
    private int _sections;

    public ArticleGenerator(Random random, Site site, HealthTopic topic, int index)
    {
        _random = random;
        var placeholder = NewArticle(site, topic, index, "", "", DisclaimerPlacement.None, "");
        _prose = new ProseWriter(random, placeholder);
        var voice = site.Voice;
        var roll = random.NextDouble();
        var placement = roll < voice.DisclaimerVisible
            ? (random.Next(2) == 0 ? DisclaimerPlacement.Top : DisclaimerPlacement.Bottom)
            : roll < voice.DisclaimerVisible + voice.DisclaimerHidden ? DisclaimerPlacement.Hidden : DisclaimerPlacement.None;
        string disclaimer;
        if (placement == DisclaimerPlacement.None && random.NextDouble() < 0.3)
        {
            // A visible statement whose wording voids it: the article still lacks a disclaimer.
            disclaimer = _prose.Pick(WordBanks.VoidDisclaimers);
            placement = DisclaimerPlacement.Bottom;
        }
        else
        {
            disclaimer = _prose.Fill(_prose.Pick(WordBanks.Disclaimers));
        }

        Article = NewArticle(site, topic, index, _prose.Fill(_prose.Pick(Title(site.Voice))), _prose.Fill(_prose.Pick(Description(site.Voice))), placement, disclaimer);
        _prose = new ProseWriter(random, Article);
        for (var i = 0; i < 4; i++)
        {
            var related = _prose.Pick(HealthTopics.All);
            Article.Related.Add(Span.Link(ProseWriter.UpperFirst(related.Name) + ": " + _prose.Pick(["what to know", "symptoms and treatment", "the latest research", "a practical guide"]),
                $"/{site.Sections[0]}/{related.Slug}"));
        }
    }

    public Article Article { get; }

    private Article NewArticle(Site site, HealthTopic topic, int index, string title, string description, DisclaimerPlacement placement, string disclaimer)
    {
        var author = new Person($"{WordBanks.FirstNames[_random.Next(WordBanks.FirstNames.Length)]} {WordBanks.Surnames[_random.Next(WordBanks.Surnames.Length)]}",
            site.Voice == Sites.Blog || site.Voice == Sites.Shop ? "" : WordBanks.Credentials[_random.Next(WordBanks.Credentials.Length)]);
        var reviewer = site.Voice == Sites.Clinical || _random.Next(3) == 0
            ? new Person($"{WordBanks.FirstNames[_random.Next(WordBanks.FirstNames.Length)]} {WordBanks.Surnames[_random.Next(WordBanks.Surnames.Length)]}", WordBanks.Credentials[_random.Next(4)])
            : null;
        return new Article
        {
            Site = site,
            Topic = topic,
            Title = title,
            Slug = string.Create(CultureInfo.InvariantCulture, $"{index:D5}-{Slugs.Of(title)}"),
            Description = description,
            Section = site.Sections[_random.Next(site.Sections.Count)],
            Author = author,
            Reviewer = reviewer,
            Published = new DateOnly(2015, 1, 1).AddDays(_random.Next(3650)),
            Tags = [topic.Short, topic.Organ, site.Voice.Name == "shop" ? "remedies" : "health"],
            Disclaimer = disclaimer,
            Placement = placement,
        };
    }

    private static string[] Title(SiteVoice voice) => voice.Name switch
    {
        "clinical" => ["{Condition}: symptoms, causes and treatment", "{Condition} (patient information)", "Living with {short}", "Understanding {condition}"],
        "news" => ["New study links {lifestyle} to lower risk of {complication}", "What the latest research says about {short}", "{Short} on the rise among {population}, experts warn", "Is {medication} the answer for {short}?"],
        "blog" => ["{n} natural ways to ease {short}", "My journey with {short}: what helped", "How I manage {short} day to day", "The truth about {short} and {lifestyle}"],
        _ => ["{Product}: natural support for {short}", "The complete guide to {short} relief", "Why thousands trust {product} for {short}", "{Short}: causes, remedies and our top picks"],
    };

    private static string[] Description(SiteVoice voice) => voice.Name switch
    {
        "clinical" => ["Learn about {short}: symptoms, causes, tests and treatment options.", "Patient information about {condition} and how it is treated."],
        "news" => ["Researchers looked at {short} in {population}. Here is what they found.", "The latest findings on {condition}, explained."],
        "blog" => ["Simple, natural tips for living well with {short}.", "What I have learned about {short} and {lifestyle}."],
        _ => ["Discover {product}, our best-selling support for {short}.", "Shop natural remedies for {short}."],
    };

    /// <summary>Adds the next section: a heading and its paragraphs, lists, tables and quotes.</summary>
    public void AddSection()
    {
        var kind = NextKind();
        _sections++;
        var blocks = Article.Blocks;
        var topic = Article.Topic;
        switch (kind)
        {
            case SectionKind.Overview:
                blocks.Add(Heading(2, ["What is {condition}?", "About {short}", "Understanding {short}", "Overview"]));
                blocks.Add(Paragraph(WordBanks.Background, 3, 6));
                if (_prose.Chance(0.5))
                {
                    blocks.Add(Paragraph(WordBanks.Background, 2, 4));
                }

                break;
            case SectionKind.Symptoms:
                blocks.Add(Heading(2, ["Symptoms of {short}", "Signs to look out for", "What are the symptoms?", "Symptoms"]));
                blocks.Add(Paragraph(WordBanks.Symptoms, 2, 4));
                blocks.Add(new ListBlock(false, Take(topic.Symptoms, 3, 6).Select(s => (IReadOnlyList<Span>)[Span.Plain(ProseWriter.UpperFirst(s))]).ToList()));
                blocks.Add(Paragraph(WordBanks.Symptoms, 1, 3));
                break;
            case SectionKind.Causes:
                blocks.Add(Heading(2, ["Causes and risk factors", "Who gets {short}?", "What causes {short}?"]));
                blocks.Add(Paragraph(WordBanks.Causes, 3, 5));
                if (_prose.Chance(0.5))
                {
                    blocks.Add(new ListBlock(false, Take(topic.RiskFactors, 3, 5).Select(r => (IReadOnlyList<Span>)[Span.Plain(ProseWriter.UpperFirst(r))]).ToList()));
                }

                break;
            case SectionKind.Diagnosis:
                blocks.Add(Heading(2, ["How {short} is diagnosed", "Tests and diagnosis", "Getting a diagnosis"]));
                blocks.Add(Paragraph(WordBanks.Diagnosis, 3, 5));
                if (_prose.Chance(0.4))
                {
                    blocks.Add(new TableBlock(_prose.Fill("Tests used to diagnose {short}"), ["Test", "What it shows", "How long it takes"],
                        topic.Tests.Select(t => (IReadOnlyList<string>)[ProseWriter.UpperFirst(t), _prose.Pick(["Whether you have the condition", "How severe it is", "How well treatment is working", "Other possible causes"]), _prose.Pick(["A few minutes", "About an hour", "One day", "Up to a week"])]).ToList()));
                }

                break;
            case SectionKind.Treatment:
                blocks.Add(Heading(2, ["Treatment options", "How is {short} treated?", "Medicines and other treatments"]));
                blocks.Add(Paragraph(WordBanks.Treatment, 3, 6));
                if (_prose.Chance(0.5))
                {
                    blocks.Add(new TableBlock(_prose.Fill("Common treatments for {short}"), ["Treatment", "How it is used", "Common side effects"],
                        topic.Medications.Select(m => (IReadOnlyList<string>)[ProseWriter.UpperFirst(m), _prose.Pick(WordBanks.Uses), _prose.Pick(WordBanks.SideEffects)]).ToList()));
                }

                blocks.Add(Paragraph(WordBanks.Treatment, 2, 4));
                break;
            case SectionKind.SelfCare:
                blocks.Add(Heading(2, ["Living with {short}", "Self-care tips", "Things you can do at home", "Looking after yourself"]));
                blocks.Add(Paragraph(WordBanks.SelfCare, 2, 4));
                blocks.Add(new ListBlock(_prose.Chance(0.3), Take(topic.Lifestyle, 3, 4).Select(l =>
                {
                    var item = new List<Span> { Span.Strong(ProseWriter.UpperFirst(l) + ".") };
                    if (_prose.Chance(0.6))
                    {
                        item.Add(Span.Plain(" "));
                        _prose.AddSentence(item, WordBanks.SelfCare);
                    }

                    return (IReadOnlyList<Span>)item;
                }).ToList()));
                if (_prose.Chance(0.3))
                {
                    blocks.Add(Quote());
                }

                break;
            case SectionKind.Research:
                blocks.Add(Heading(2, ["What the research says", "Latest research", "What the evidence shows", "New findings"]));
                blocks.Add(Paragraph(WordBanks.Claims, 2, 4));
                blocks.Add(Paragraph(WordBanks.Background, 2, 3));
                if (_prose.Chance(0.4))
                {
                    blocks.Add(Quote());
                }

                break;
            case SectionKind.Product:
                blocks.Add(Heading(2, ["Why choose {product}?", "How {product} works", "What our customers say"]));
                for (var i = 0; i < 3; i++)
                {
                    var spans = _prose.Plain(WordBanks.Guarantees);
                    spans.Add(Span.Plain(" "));
                    _prose.AddSentence(spans, WordBanks.SelfCare);
                    blocks.Add(new ParagraphBlock(spans));
                    if (i == 0)
                    {
                        blocks.Add(new ListBlock(false, Take(WordBanks.ProductPoints, 3, 5).Select(p => (IReadOnlyList<Span>)[Span.Plain(_prose.Fill(p))]).ToList()));
                    }
                }

                blocks.Add(Quote());
                break;
            case SectionKind.SeeADoctor:
                blocks.Add(Heading(2, ["When to see a doctor", "Getting help", "When to get medical advice"]));
                blocks.Add(Paragraph(WordBanks.SeeADoctor, 2, 4));
                if (_prose.Chance(0.4))
                {
                    blocks.Add(new QuoteBlock(_prose.Plain(WordBanks.SeeADoctor), "Urgent help"));
                }

                break;
            case SectionKind.Questions:
                blocks.Add(Heading(2, ["Frequently asked questions", "Your questions answered", "Common questions"]));
                foreach (var question in Take(WordBanks.Questions, 2, 4))
                {
                    blocks.Add(new HeadingBlock(3, _prose.Fill(question)));
                    blocks.Add(Paragraph(_prose.Pick([WordBanks.Background, WordBanks.Treatment, WordBanks.Causes, WordBanks.SelfCare]), 2, 4));
                }

                break;
            case SectionKind.KeyPoints:
                var points = new List<Span>();
                for (var i = 0; i < 3; i++)
                {
                    if (i > 0)
                    {
                        points.Add(Span.Plain(" "));
                    }

                    _prose.AddSentence(points, _prose.Pick([WordBanks.Background, WordBanks.Treatment, WordBanks.SelfCare]));
                }

                blocks.Add(new QuoteBlock(points, "Key points"));
                break;
        }
    }

    private SectionKind NextKind()
    {
        while (true)
        {
            var kind = _sections < Order.Length ? Order[_sections] : Continuation[(_sections - Order.Length) % Continuation.Length];
            if (kind == SectionKind.Product && Article.Site.Voice != Sites.Shop)
            {
                _sections++;
                continue;
            }

            if (_sections >= Order.Length || kind is SectionKind.Overview or SectionKind.Treatment or SectionKind.Product || _prose.Chance(0.75))
            {
                return kind;
            }

            _sections++;
        }
    }

    private HeadingBlock Heading(int level, string[] options) => new(level, _prose.Fill(_prose.Pick(options)));

    private ParagraphBlock Paragraph(IReadOnlyList<string> templates, int min, int max) =>
        new(_prose.Paragraph(templates, _prose.Between(min, max)));

    private QuoteBlock Quote()
    {
        var body = _prose.Fill(_prose.Pick(WordBanks.QuoteBodies));
        var speaker = _prose.Fill(body.Contains(Article.Topic.Product, StringComparison.Ordinal)
            ? "says {site} customer " + WordBanks.FirstNames[_random.Next(WordBanks.FirstNames.Length)]
            : "says {name}, a {specialist} at {institution}");
        return new QuoteBlock([Span.Plain($"“{body},” {char.ToLowerInvariant(speaker[0])}{speaker[1..]}.")]);
    }

    private List<string> Take(IReadOnlyList<string> items, int min, int max)
    {
        var count = Math.Min(items.Count, _prose.Between(min, max));
        var start = _random.Next(items.Count);
        return Enumerable.Range(0, count).Select(i => items[(start + i) % items.Count]).ToList();
    }
}
