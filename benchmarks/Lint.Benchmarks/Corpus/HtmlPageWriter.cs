using System.Globalization;
using System.Text;

namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// Writes an article as a whole web page as a CMS would: head with metadata, inline styles and scripts, a cookie
/// banner, header and navigation, the article, related links, footer and trailing scripts.
/// </summary>
internal sealed class HtmlPageWriter
{
    private const string Styles = """
        :root { --brand: #0b5394; --text: #1f2933; --muted: #52606d; --max: 72rem; }
        body { margin: 0; font-family: "Source Sans Pro", system-ui, sans-serif; color: var(--text); line-height: 1.6; }
        .skip-link { position: absolute; left: -999px; } .skip-link:focus { left: 1rem; top: 1rem; }
        .site-header { display: flex; align-items: center; gap: 2rem; padding: 1rem 2rem; border-bottom: 1px solid #e4e7eb; }
        .site-nav ul { display: flex; gap: 1.25rem; list-style: none; margin: 0; padding: 0; }
        .site-nav a { color: var(--brand); text-decoration: none; font-weight: 600; }
        main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); gap: 3rem; max-width: var(--max); margin: 0 auto; padding: 2rem; }
        .byline, .breadcrumb { color: var(--muted); font-size: .9rem; }
        .disclaimer { background: #f0f4f8; border-left: 4px solid var(--brand); padding: .75rem 1rem; }
        .callout { background: #fffbea; border: 1px solid #f7d070; border-radius: .5rem; padding: 1rem 1.25rem; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #cbd2d9; padding: .5rem; text-align: left; }
        .site-footer { background: #102a43; color: #d9e2ec; padding: 2rem; } .site-footer a { color: #bcccdc; }
        @media (max-width: 48rem) { main { grid-template-columns: 1fr; } .site-nav ul { flex-wrap: wrap; } }
        """;

    private readonly StringBuilder _html = new(20 * 1024);

    public string Write(Article article, int trackingId)
    {
        var site = article.Site;
        var url = $"https://www.{site.Domain}/{article.Section}/{article.Slug}";
        var date = article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _html.Clear();
        Line(0, "<!DOCTYPE html>");
        Line(0, "<html lang=\"en\">");
        Line(0, "<head>");
        Line(1, "<meta charset=\"utf-8\">");
        Line(1, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line(1, $"<title>{Text(article.Title)} | {Text(site.Name)}</title>");
        Line(1, $"<meta name=\"description\" content=\"{Attribute(article.Description)}\">");
        Line(1, $"<meta property=\"og:title\" content=\"{Attribute(article.Title)}\">");
        Line(1, $"<meta property=\"og:type\" content=\"article\">");
        Line(1, $"<meta property=\"og:url\" content=\"{url}\">");
        Line(1, $"<link rel=\"canonical\" href=\"{url}\">");
        Line(1, "<link rel=\"icon\" href=\"/favicon.ico\">");
        Line(1, "<link rel=\"stylesheet\" href=\"/assets/css/site.css?v=4.2.1\">");
        Line(1, "<style>");
        _html.Append(Styles.Replace("\n", "\n    ", StringComparison.Ordinal).Insert(0, "    ")).Append('\n');
        Line(1, "</style>");
        Line(1, "<script type=\"application/ld+json\">");
        Line(1, "{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\",\"headline\":\"" + Json(article.Title)
            + "\",\"datePublished\":\"" + date + "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + Json(article.Author.Name)
            + "\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + Json(site.Name) + "\"},\"about\":{\"@type\":\"MedicalCondition\",\"name\":\""
            + Json(article.Topic.Name) + "\"}}");
        Line(1, "</script>");
        Line(1, string.Create(CultureInfo.InvariantCulture, $"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{trackingId:X8}\"></script>"));
        Line(1, "<script>");
        Line(2, "window.dataLayer = window.dataLayer || [];");
        Line(2, "function gtag() { dataLayer.push(arguments); }");
        Line(2, "gtag('js', new Date());");
        Line(2, string.Create(CultureInfo.InvariantCulture, $"gtag('config', 'G-{trackingId:X8}', {{ anonymize_ip: true }});"));
        Line(1, "</script>");
        Line(0, "</head>");
        Line(0, $"<body class=\"page-article section-{article.Section}\">");
        Line(1, "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>");
        Line(1, "<div class=\"cookie-banner\" hidden>");
        Line(2, "<p>We use cookies to understand how our website is used and to improve it. You can change your choice at any time.</p>");
        Line(2, "<button type=\"button\" data-consent=\"accept\">Accept all</button> <button type=\"button\" data-consent=\"reject\">Reject</button>");
        Line(1, "</div>");
        Line(1, "<header class=\"site-header\">");
        Line(2, $"<a class=\"logo\" href=\"/\"><img src=\"/assets/img/logo.svg\" alt=\"{Attribute(site.Name)}\" width=\"180\" height=\"40\"></a>");
        Line(2, "<nav class=\"site-nav\" aria-label=\"Main\">");
        Line(3, "<ul>");
        foreach (var item in site.Navigation)
        {
            Line(4, $"<li><a href=\"/{Slugs.Of(item)}\">{Text(item)}</a></li>");
        }

        Line(3, "</ul>");
        Line(2, "</nav>");
        Line(1, "</header>");
        Line(1, "<main id=\"main\">");
        Line(2, "<article>");
        Line(3, $"<p class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/{article.Section}\">{Text(ProseWriter.UpperFirst(article.Section.Replace('-', ' ')))}</a></p>");
        Line(3, $"<h1>{Text(article.Title)}</h1>");
        var byline = new StringBuilder($"By <a rel=\"author\" href=\"/authors/{Slugs.Of(article.Author.Name)}\">{Text(article.Author.Name)}</a>");
        if (article.Author.Credentials.Length > 0)
        {
            byline.Append(", ").Append(article.Author.Credentials);
        }

        if (article.Reviewer is { } reviewer)
        {
            byline.Append(" &middot; Medically reviewed by ").Append(Text(reviewer.Display));
        }

        byline.Append($" &middot; <time datetime=\"{date}\">{article.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time>");
        Line(3, $"<p class=\"byline\">{byline}</p>");
        if (article.Placement == DisclaimerPlacement.Top)
        {
            Line(3, $"<div class=\"disclaimer\" role=\"note\"><p><strong>Medical disclaimer:</strong> {Text(article.Disclaimer)}</p></div>");
        }
        else if (article.Placement == DisclaimerPlacement.Hidden)
        {
            Line(3, $"<div class=\"disclaimer\" style=\"display:none\"><p>{Text(article.Disclaimer)}</p></div>");
        }

        foreach (var block in article.Blocks)
        {
            Block(3, block);
        }

        if (article.References.Count > 0)
        {
            Line(3, "<section class=\"references\">");
            Line(4, "<h2>References</h2>");
            Line(4, "<ol>");
            foreach (var reference in article.References)
            {
                Line(5, $"<li id=\"ref-{reference.Number}\">{Text(reference.Authors)}. {Text(reference.Title)}. <cite>{Text(reference.Journal)}</cite>. {Text(reference.Details)}. <a href=\"{reference.Url}\">{reference.Url}</a></li>");
            }

            Line(4, "</ol>");
            Line(3, "</section>");
        }

        Line(2, "</article>");
        Line(2, "<aside class=\"related\">");
        Line(3, "<h2>Related articles</h2>");
        Line(3, "<ul>");
        foreach (var link in article.Related)
        {
            Line(4, $"<li>{Inline(link)}</li>");
        }

        Line(3, "</ul>");
        Line(2, "</aside>");
        Line(1, "</main>");
        Line(1, "<footer class=\"site-footer\">");
        if (article.Placement == DisclaimerPlacement.Bottom)
        {
            Line(2, $"<p class=\"disclaimer\">{Text(article.Disclaimer)}</p>");
        }

        Line(2, $"<p>{Text(site.Name)} &middot; {Text(site.Address)} &middot; {Text(site.Tagline)}</p>");
        Line(2, "<ul class=\"footer-links\">");
        foreach (var item in (string[])["About us", "Contact", "Privacy policy", "Cookie settings", "Accessibility", "Terms of use"])
        {
            Line(3, $"<li><a href=\"/{Slugs.Of(item)}\">{item}</a></li>");
        }

        Line(2, "</ul>");
        Line(2, $"<p class=\"copyright\">&copy; {article.Published.Year} {Text(site.Name)}. All rights reserved.</p>");
        Line(1, "</footer>");
        if (article.Placement == DisclaimerPlacement.Hidden)
        {
            Line(1, "<!-- Legal asked for this on every page: " + article.Disclaimer.Replace("--", "-", StringComparison.Ordinal) + " -->");
        }

        Line(1, "<script src=\"/assets/js/site.js?v=4.2.1\" defer></script>");
        Line(1, "<script>");
        Line(2, "document.querySelectorAll('[data-consent]').forEach(function (button) {");
        Line(3, "button.addEventListener('click', function () {");
        Line(4, "localStorage.setItem('consent', button.dataset.consent);");
        Line(4, "button.closest('.cookie-banner').hidden = true;");
        Line(3, "});");
        Line(2, "});");
        Line(1, "</script>");
        Line(0, "</body>");
        Line(0, "</html>");
        return _html.ToString();
    }

    private void Block(int depth, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Line(depth, $"<h{heading.Level} id=\"{Slugs.Of(heading.Text)}\">{Text(heading.Text)}</h{heading.Level}>");
                break;
            case ParagraphBlock paragraph:
                Line(depth, $"<p>{Inline(paragraph.Spans)}</p>");
                break;
            case ListBlock list:
                var tag = list.Ordered ? "ol" : "ul";
                Line(depth, $"<{tag}>");
                foreach (var item in list.Items)
                {
                    Line(depth + 1, $"<li>{Inline(item)}</li>");
                }

                Line(depth, $"</{tag}>");
                break;
            case TableBlock table:
                Line(depth, "<table>");
                Line(depth + 1, $"<caption>{Text(table.Caption)}</caption>");
                Line(depth + 1, "<thead>");
                Line(depth + 2, "<tr>" + string.Concat(table.Header.Select(h => $"<th scope=\"col\">{Text(h)}</th>")) + "</tr>");
                Line(depth + 1, "</thead>");
                Line(depth + 1, "<tbody>");
                foreach (var row in table.Rows)
                {
                    Line(depth + 2, "<tr>" + string.Concat(row.Select(c => $"<td>{Text(c)}</td>")) + "</tr>");
                }

                Line(depth + 1, "</tbody>");
                Line(depth, "</table>");
                break;
            case QuoteBlock { Callout: { } callout } quote:
                Line(depth, "<aside class=\"callout\">");
                Line(depth + 1, $"<h3>{Text(callout)}</h3>");
                Line(depth + 1, $"<p>{Inline(quote.Spans)}</p>");
                Line(depth, "</aside>");
                break;
            case QuoteBlock quote:
                Line(depth, $"<blockquote><p>{Inline(quote.Spans)}</p></blockquote>");
                break;
        }
    }

    private static string Inline(IEnumerable<Span> spans) => string.Concat(spans.Select(Inline));

    private static string Inline(Span span) => span.Kind switch
    {
        SpanKind.Emphasis => $"<em>{Text(span.Text)}</em>",
        SpanKind.Strong => $"<strong>{Text(span.Text)}</strong>",
        SpanKind.Link => $"<a href=\"{Attribute(span.Url ?? "#")}\">{Text(span.Text)}</a>",
        SpanKind.Footnote => $"<sup><a href=\"#ref-{span.Number}\" id=\"cite-{span.Number}\">[{span.Number}]</a></sup>",
        _ => Text(span.Text),
    };

    private void Line(int depth, string text) => _html.Append(' ', depth * 2).Append(text).Append('\n');

    /// <summary>Escapes text as a CMS would, writing typographic quotes and dashes as named entities.</summary>
    private static string Text(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("’", "&rsquo;", StringComparison.Ordinal)
        .Replace("“", "&ldquo;", StringComparison.Ordinal)
        .Replace("”", "&rdquo;", StringComparison.Ordinal)
        .Replace("–", "&ndash;", StringComparison.Ordinal);

    private static string Attribute(string text) => Text(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Json(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
