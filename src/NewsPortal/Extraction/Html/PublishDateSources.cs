using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Extraction.Html;

/// <summary>A date found on a page: the element or field that gave it (for logs), and what kind of source that is.</summary>
public sealed record DateFinding(DateTimeOffset Value, string Source, PublishDateSource From);

/// <summary>
/// Finds a page's publish and modified dates by trying sources from the most to the least
/// explicit; a source whose value does not parse falls through to the next. Visible datelines in
/// Arabic (month names of either series, Arabic-Indic digits) go to the analysis engine's parser.
/// </summary>
public sealed partial class PublishDateSources(Func<string, DateTimeOffset?>? datelineParser)
{
    public PublishDateSources()
        : this(ArabicDateline)
    {
    }

    /// <summary>The visible-text date finder shared with text files, as a date at midnight UTC.</summary>
    public static DateTimeOffset? ArabicDateline(string text) =>
        DateLines.FirstPublished(text) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published-date",
        "publication_date", "publication-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "dc.date.created", "date",
        "citation_publication_date", "citation_date", "article.published", "cxenseparse:recs:publishtime",
        "original-publish-date", "bt:pubdate", "rnews:datepublished", "release_date", "created",
        "og:pubdate", "shareaholic:article_published_time", "article_date_original", "ga-publishdate",
        "datecreated", "content_date", "pub_date", "published_time", "article:post_date",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
        "last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "article.updated",
        "sailthru.lastmodified", "parsely-updated", "updated_time",
    ];

    private static readonly string[] ArticleDateProperties = ["datePublished", "dateCreated", "uploadDate"];

    public (DateFinding? Published, DateFinding? Modified) Find(IDocument document, JsonLd jsonLd, Uri? url)
    {
        var meta = MetaValues(document);
        var published = First(PublishedCandidates(document, jsonLd, meta, url));
        var modified = First(ModifiedCandidates(document, jsonLd, meta));
        return (published, modified);
    }

    /// <summary>
    /// The first candidate that parses. <c>From</c> says what a machine-readable value of the candidate is;
    /// visible text read by the dateline parser is a dateline whatever element it stood in.
    /// </summary>
    private DateFinding? First(IEnumerable<(string Source, string? Text, bool Dateline, PublishDateSource From)> candidates)
    {
        foreach (var (source, text, dateline, from) in candidates)
        {
            if (DateValue.TryParse(text, out var value))
            {
                return new DateFinding(value, source, from);
            }
            if (dateline && datelineParser is not null && text is not null
                && datelineParser(text) is { } parsed && DateValue.IsPlausible(parsed))
            {
                return new DateFinding(parsed, source + " (dateline)", PublishDateSource.Dateline);
            }
        }
        return null;
    }

    private const PublishDateSource Meta = PublishDateSource.PageMetadata;
    private const PublishDateSource Visible = PublishDateSource.Dateline;

    private static IEnumerable<(string, string?, bool, PublishDateSource)> PublishedCandidates(
        IDocument document, JsonLd jsonLd, ILookup<string, string> meta, Uri? url)
    {
        foreach (var obj in jsonLd.Objects.Where(JsonLd.IsArticle))
        {
            foreach (var property in ArticleDateProperties)
            {
                yield return ("json-ld " + property, JsonLd.Text(obj, property), false, Meta);
            }
        }
        // JSON-LD too broken to parse still names its dates.
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            foreach (Match m in ScriptDatePublished().Matches(script.TextContent))
            {
                yield return ("json-ld text", m.Groups["v"].Value, false, Meta);
            }
        }
        foreach (var name in PublishedMeta)
        {
            foreach (var value in meta[name])
            {
                yield return ("meta " + name, value, false, Meta);
            }
        }
        foreach (var el in document.QuerySelectorAll("[itemprop='datePublished'], [itemprop='dateCreated']"))
        {
            yield return ("itemprop", el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent, true, Meta);
        }
        // Other objects (the page, an embedded video) date themselves, not the article, unless nothing else does.
        foreach (var obj in jsonLd.Objects.Where(o => !JsonLd.IsArticle(o)))
        {
            foreach (var property in ArticleDateProperties)
            {
                yield return ("json-ld " + property, JsonLd.Text(obj, property), false, Meta);
            }
        }
        foreach (var el in document.QuerySelectorAll("time[pubdate], time[class*='publish'], time"))
        {
            yield return ("time", el.GetAttribute("datetime"), false, Meta);
        }
        if (url is not null && UrlDate(url.AbsolutePath) is { } fromUrl)
        {
            yield return ("url", fromUrl, false, PublishDateSource.Url);
        }
        foreach (var el in document.QuerySelectorAll("time"))
        {
            yield return ("time text", el.TextContent, true, Visible);
        }
        foreach (var el in DateLikeElements(document))
        {
            yield return ("dateline", Shorten(el.TextContent), true, Visible);
        }
        yield return ("text after title", TextAfterTitle(document), true, Visible);
    }

    private static IEnumerable<(string, string?, bool, PublishDateSource)> ModifiedCandidates(
        IDocument document, JsonLd jsonLd, ILookup<string, string> meta)
    {
        foreach (var obj in jsonLd.ArticlesFirst)
        {
            yield return ("json-ld dateModified", JsonLd.Text(obj, "dateModified"), false, Meta);
        }
        foreach (var name in ModifiedMeta)
        {
            foreach (var value in meta[name])
            {
                yield return ("meta " + name, value, false, Meta);
            }
        }
        foreach (var el in document.QuerySelectorAll("[itemprop='dateModified']"))
        {
            yield return ("itemprop", el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent, false, Meta);
        }
    }

    /// <summary>meta name/property/itemprop/http-equiv → content, keys lower-cased.</summary>
    private static ILookup<string, string> MetaValues(IDocument document) =>
        document.QuerySelectorAll("meta[content]")
            .Select(m => (Key: m.GetAttribute("name") ?? m.GetAttribute("property") ?? m.GetAttribute("itemprop")
                    ?? m.GetAttribute("http-equiv"), Value: m.GetAttribute("content")!))
            .Where(p => p.Key is not null)
            .ToLookup(p => p.Key!.Trim().ToLowerInvariant(), p => p.Value);

    /// <summary>
    /// Elements a page's visible dateline usually lives in, outside comments and teasers; those
    /// after the headline first, since a header often shows today's date.
    /// </summary>
    private static IEnumerable<IElement> DateLikeElements(IDocument document)
    {
        var candidates = document.QuerySelectorAll("[class],[id]")
            .Where(e => e.ChildElementCount <= 4 && e.TextContent.Length is > 5 and < 200)
            .Where(e => DateLikeName().IsMatch((e.ClassName ?? "") + " " + e.Id))
            .Where(e => e.Closest("footer, aside, nav, [class*='comment'], [class*='related']") is null)
            .Take(60)
            .ToList();
        var headline = document.QuerySelector("h1");
        if (headline is null)
        {
            return candidates;
        }
        var after = candidates.Where(e => headline.CompareDocumentPosition(e).HasFlag(DocumentPositions.Following)).ToList();
        return after.Concat(candidates.Except(after));
    }

    /// <summary>The visible text just after the headline, where a byline's date usually stands.</summary>
    private static string? TextAfterTitle(IDocument document)
    {
        var headline = Headline(document);
        if (headline is null)
        {
            return null;
        }
        var text = new System.Text.StringBuilder();
        for (INode? node = headline; node is not null && text.Length < 600; node = Next(node))
        {
            if (node is IText t && t.ParentElement is { } parent && parent.LocalName is not ("script" or "style" or "noscript")
                && !IsCaption(t, parent))
            {
                text.Append(t.Data).Append(' ');
            }
        }
        return Shorten(text.ToString(), 600);
    }

    /// <summary>Captions date the photo, not the article: figure captions, and text right after an image in a small box.</summary>
    private static bool IsCaption(IText text, IElement parent)
    {
        if (parent.Closest("figure, figcaption, [class*='caption']") is not null)
        {
            return true;
        }
        if (parent.TextContent.Length >= 400)
        {
            return false;
        }
        for (var sibling = text.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
        {
            if (sibling is IElement e && (e.LocalName == "img" || e.QuerySelector("img") is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The h1; on pages without one, the first heading whose text the &lt;title&gt; repeats.</summary>
    private static IElement? Headline(IDocument document)
    {
        if (document.QuerySelector("h1") is { } h1)
        {
            return h1;
        }
        var title = Whitespace().Replace(document.Title ?? "", " ").Trim();
        return title.Length < 10
            ? null
            : document.QuerySelectorAll("h2, h3").FirstOrDefault(e =>
            {
                var text = Whitespace().Replace(e.TextContent, " ").Trim();
                return text.Length >= 10 && title.Contains(text, StringComparison.Ordinal);
            });
    }

    private static INode? Next(INode node)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.NextSibling is { } sibling)
            {
                return sibling;
            }
        }
        return null;
    }

    private static string Shorten(string text, int max = 120)
    {
        var t = Whitespace().Replace(text, " ").Trim();
        return t.Length > max ? t[..max] : t;
    }

    /// <summary>A yyyy/mm/dd, yyyy-mm-dd or yyyymmdd date in a URL path, as ISO text.</summary>
    public static string? UrlDate(string path)
    {
        var m = UrlDatePattern().Match(path);
        if (!m.Success)
        {
            return null;
        }
        var day = m.Groups["d"].Success ? m.Groups["d"].Value : null;
        if (day is null)
        {
            return null;
        }
        return $"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{day.PadLeft(2, '0')}";
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(19|20)\d{2})[/_-](?<m>0?[1-9]|1[0-2])[/_-](?<d>0?[1-9]|[12]\d|3[01])(?![\d])|(?<![\d])(?<y>20\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\d])")]
    private static partial Regex UrlDatePattern();

    [GeneratedRegex("\"(?:datePublished|dateCreated)\"\\s*:\\s*\"(?<v>[^\"]{6,40})\"")]
    private static partial Regex ScriptDatePublished();

    [GeneratedRegex(@"date|time|publish|posted|byline|dateline|meta|info|tarikh|تاريخ", RegexOptions.IgnoreCase)]
    private static partial Regex DateLikeName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
