using System.Globalization;
using System.Text;

namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// Generates a corpus of health articles, deterministic by seed: even-numbered documents are Markdown articles, odd
/// ones full HTML pages, each 2–15 KB (UTF-8), most of them short. Each document depends only on the seed and its
/// number, so a corpus of 20,000 starts with the corpus of 2,000.
/// </summary>
internal sealed class CorpusGenerator
{
    public const int MinBytes = 2 * 1024;
    public const int MaxBytes = 15 * 1024;

    private readonly int _seed;

    public CorpusGenerator(int seed)
    {
        _seed = seed;
    }

    public IEnumerable<GeneratedDocument> GenerateMany(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return Generate(index);
        }
    }

    public GeneratedDocument Generate(int index)
    {
        // System.Random with a seed uses a fixed algorithm, so the same seed gives the same corpus on every run.
        var random = new Random(unchecked((_seed * 1_000_003) ^ (index * 7_919)));
        var format = index % 2 == 0 ? DocumentFormat.Markdown : DocumentFormat.Html;
        var site = Sites.All[random.Next(Sites.All.Count)];
        var topic = HealthTopics.All[random.Next(HealthTopics.All.Count)];
        // Skewed towards short articles: with the sections that overshoot it, the mean is about 7.5 KB.
        var target = MinBytes + (int)((MaxBytes - MinBytes) * Math.Pow(random.NextDouble(), 2.2));
        var wrapWidth = random.Next(2) == 0 ? 0 : 80;
        var trackingId = random.Next();
        var generator = new ArticleGenerator(random, site, topic, index);
        var article = generator.Article;

        string Render() => format == DocumentFormat.Markdown
            ? new MarkdownArticleWriter(wrapWidth).Write(article)
            : new HtmlPageWriter().Write(article, trackingId);

        // A page is never only its template: every article has a body of at least one section, a page two.
        for (var i = 0; i < (format == DocumentFormat.Markdown ? 1 : 2); i++)
        {
            generator.AddSection();
        }

        var text = Render();
        while (Encoding.UTF8.GetByteCount(text) < target)
        {
            var blocks = article.Blocks.Count;
            var references = article.References.Count;
            generator.AddSection();
            var longer = Render();
            if (Encoding.UTF8.GetByteCount(longer) > MaxBytes && blocks > 0)
            {
                article.Blocks.RemoveRange(blocks, article.Blocks.Count - blocks);
                article.References.RemoveRange(references, article.References.Count - references);
                break;
            }

            text = longer;
        }

        var extension = format == DocumentFormat.Markdown ? "md" : "html";
        var path = string.Create(CultureInfo.InvariantCulture, $"{Slugs.Of(site.Name)}/{article.Section}/{article.Slug}.{extension}");
        return new GeneratedDocument(path, format, text);
    }
}
