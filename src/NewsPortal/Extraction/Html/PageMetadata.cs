using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsPortal.Extraction.Html;

/// <summary>Title, author, publisher, canonical URL and lead image from a page's metadata.</summary>
public sealed partial record PageMetadata(
    string? Title, string? Author, string? Publisher, Uri? CanonicalUrl, Uri? LeadImage, string? DeclaredLanguage)
{
    public static PageMetadata Read(IDocument document, JsonLd jsonLd, Uri? url)
    {
        var article = jsonLd.ArticlesFirst.FirstOrDefault();
        var hasArticle = jsonLd.Objects.Any(JsonLd.IsArticle);

        var publisher = Meta(document, "og:site_name")
            ?? (hasArticle ? JsonLd.Text(article, "publisher") : null)
            ?? Meta(document, "application-name");

        var title = (hasArticle ? JsonLd.Text(article, "headline") : null)
            ?? Meta(document, "og:title")
            ?? Meta(document, "twitter:title")
            ?? Text(document.QuerySelector("h1"))
            ?? Text(document.QuerySelector("title"));
        title = title is null ? null : StripSiteName(ArticleText.Collapse(System.Net.WebUtility.HtmlDecode(title)), publisher);

        var canonical = Resolve(url, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"))
            ?? Resolve(url, Meta(document, "og:url"));
        var image = Resolve(url, Meta(document, "og:image") ?? Meta(document, "og:image:url")
            ?? (hasArticle ? JsonLd.Text(article, "image") : null) ?? Meta(document, "twitter:image"));
        var lang = document.DocumentElement.GetAttribute("lang") ?? Meta(document, "og:locale")
            ?? Meta(document, "content-language");

        var author = FindAuthor(document, hasArticle ? article : null);
        // Sites often put their own name in the author field; that is the publisher, not a byline.
        if (author is not null && publisher is not null
            && (author.Contains(publisher, StringComparison.OrdinalIgnoreCase) || publisher.Contains(author, StringComparison.OrdinalIgnoreCase)))
        {
            author = null;
        }
        return new PageMetadata(title, author, publisher, canonical, image, lang);
    }

    private static string? FindAuthor(IDocument document, System.Text.Json.JsonElement? article)
    {
        var fromJson = article is { } a ? Authors(a) : null;
        var candidates = new[]
        {
            fromJson,
            Meta(document, "author"),
            Meta(document, "article:author"),
            Meta(document, "parsely-author"),
            Meta(document, "sailthru.author"),
            Meta(document, "dc.creator"),
            Text(document.QuerySelector("[itemprop='author'] [itemprop='name'], [itemprop='author']")),
            Text(document.QuerySelector("a[rel='author'], .author-name, .byline-name")),
        };
        return candidates
            .Select(c => c is null ? null : ArticleText.Collapse(ByPrefix().Replace(c, "")))
            .FirstOrDefault(c => !string.IsNullOrEmpty(c) && c.Length <= 120
                && !c.Contains("http", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Authors(System.Text.Json.JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return null;
        }
        if (author.ValueKind == System.Text.Json.JsonValueKind.Object && JsonLd.Types(author).Contains("Organization"))
        {
            return null;
        }
        if (author.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            var names = author.EnumerateArray()
                .Where(a => !JsonLd.Types(a).Contains("Organization"))
                .Select(a => a.ValueKind == System.Text.Json.JsonValueKind.String ? a.GetString() : JsonLd.Text(a, "name"))
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .Distinct()
                .ToList();
            return names.Count > 0 ? string.Join(", ", names) : null;
        }
        return JsonLd.Text(article, "author");
    }

    public static string? Meta(IDocument document, string key)
    {
        foreach (var m in document.QuerySelectorAll("meta[content]"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (k is not null && k.Equals(key, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(m.GetAttribute("content")))
            {
                return m.GetAttribute("content")!.Trim();
            }
        }
        return null;
    }

    private static string? Text(IElement? element)
    {
        var t = element is null ? null : ArticleText.Collapse(element.TextContent);
        return string.IsNullOrEmpty(t) ? null : t;
    }

    /// <summary>Resolves an href against the page URL; only http(s) results count.</summary>
    public static Uri? Resolve(Uri? baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        Uri? result;
        if (baseUrl is null)
        {
            Uri.TryCreate(href.Trim(), UriKind.Absolute, out result);
        }
        else
        {
            Uri.TryCreate(baseUrl, href.Trim(), out result);
        }
        return result is { Scheme: "http" or "https" } ? result : null;
    }

    /// <summary>"Headline | Site" and "Headline - Site" lose the site part when it names the publisher.</summary>
    private static string StripSiteName(string title, string? publisher)
    {
        var m = TitleSeparator().Match(title);
        if (!m.Success)
        {
            return title;
        }
        var tail = title[(m.Index + m.Length)..].Trim();
        var head = title[..m.Index].Trim();
        var isSite = publisher is not null && (tail.Contains(publisher, StringComparison.OrdinalIgnoreCase)
            || publisher.Contains(tail, StringComparison.OrdinalIgnoreCase));
        return isSite && head.Length > 0 ? head : title;
    }

    [GeneratedRegex(@"\s[|\-–—»:]\s(?!.*\s[|\-–—»]\s)")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^\s*(by|par|von|بقلم|كتب|كتبت)[:\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
