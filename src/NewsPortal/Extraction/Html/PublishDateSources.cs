using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Extraction.Html;

/// <summary>A date found on a page: the element or field that gave it (for logs), and what kind of source that is.</summary>
public sealed record DateFinding(DateTimeOffset Value, string Source, PublishDateSource From);

/// <summary>A page's publish and modified dates, and the dates refused on the way, each with its reason.</summary>
public sealed record PageDates(DateFinding? Published, DateFinding? Modified, IReadOnlyList<string> Refused);

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

    public PageDates Find(IDocument document, JsonLd jsonLd, Uri? url)
    {
        var meta = MetaValues(document);
        var refused = new List<string>();
        var candidates = PublishedCandidates(document, jsonLd, meta, url).ToList();
        var published = First(candidates, refused);
        if (published is not null)
        {
            published = OriginalFromUrl(published, url) ?? LocalDay(published, candidates) ?? published;
        }
        var modified = First(ModifiedCandidates(document, jsonLd, meta), []);
        return new PageDates(published, modified, refused);
    }

    /// <summary>
    /// The first candidate that parses. <c>From</c> says what a machine-readable value of the candidate is;
    /// visible text read by the dateline parser is a dateline whatever element it stood in. Dates
    /// that cannot be right go to <paramref name="refused"/> with their reason.
    /// </summary>
    private DateFinding? First(IEnumerable<(string Source, string? Text, bool Dateline, PublishDateSource From)> candidates, List<string> refused)
    {
        foreach (var (source, text, dateline, from) in candidates)
        {
            if (DateValue.TryParse(text, out var value, out var refusal))
            {
                return new DateFinding(value, source, from);
            }
            if (refusal is not null)
            {
                refused.Add($"{source}: {refusal}");
                continue;
            }
            if (dateline && datelineParser is not null && text is not null
                && datelineParser(text) is { } parsed && DateValue.IsPlausible(parsed))
            {
                return new DateFinding(parsed, source + " (dateline)", PublishDateSource.Dateline);
            }
        }
        return null;
    }

    /// <summary>
    /// A URL's y/m/d is set when the story is first published and survives republishing; metadata
    /// days after it date an update (a day's difference is the newsroom's zone, not an update).
    /// </summary>
    private static DateFinding? OriginalFromUrl(DateFinding published, Uri? url)
    {
        if (url is null || published.Source == "url" || !SeparatedUrlDate().IsMatch(url.AbsolutePath)
            || !DateValue.TryParse(UrlDate(url.AbsolutePath), out var fromUrl))
        {
            return null;
        }
        var lead = DateOnly.FromDateTime(published.Value.DateTime).DayNumber - DateOnly.FromDateTime(fromUrl.DateTime).DayNumber;
        return lead >= 2 ? new DateFinding(fromUrl, "url (original; metadata " + published.Source + " is later)", PublishDateSource.Url) : null;
    }

    /// <summary>
    /// A UTC timestamp near midnight is the server's clock; when the page's own day-only sources
    /// (URL, visible date lines, day-only itemprop) agree on the neighbouring day and none names
    /// the timestamp's day, the newsroom's local day is that neighbour.
    /// </summary>
    private DateFinding? LocalDay(DateFinding published, List<(string Source, string? Text, bool Dateline, PublishDateSource From)> candidates)
    {
        var at = published.Value;
        if (at.Offset != TimeSpan.Zero || at.TimeOfDay == TimeSpan.Zero || at.Hour is >= 4 and < 20)
        {
            return null;
        }
        var own = DateOnly.FromDateTime(at.DateTime);
        var neighbour = at.Hour >= 20 ? own.AddDays(1) : own.AddDays(-1);
        var days = candidates
            .Where(c => c.Source is "url" or "itemprop" or "time text" or "dateline" or "text after title")
            .GroupBy(c => c.Source)
            .Select(g => g.Select(c => DayOnly(c.Text, c.Dateline)).FirstOrDefault(d => d is not null))
            .Where(d => d is not null)
            .ToList();
        return days.Count(d => d == neighbour) >= 2 && !days.Contains(own)
            ? new DateFinding(new DateTimeOffset(neighbour.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), published.Source + " (local day)", published.From)
            : null;
    }

    /// <summary>The day a source states without a time of day; null for a timestamp.</summary>
    private DateOnly? DayOnly(string? text, bool dateline)
    {
        if (DateValue.TryParse(text, out var value))
        {
            return value.TimeOfDay == TimeSpan.Zero && value.Offset == TimeSpan.Zero ? DateOnly.FromDateTime(value.DateTime) : null;
        }
        return dateline && datelineParser is not null && text is not null && datelineParser(text) is { } parsed && DateValue.IsPlausible(parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
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
        foreach (var el in document.QuerySelectorAll("[itemprop='datePublished'], [itemprop='dateCreated']").Where(e => !DatedElements.IsFurniture(e)))
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
        var times = DatedElements.ArticleTimes(document);
        foreach (var el in times)
        {
            yield return ("time", el.GetAttribute("datetime"), false, Meta);
        }
        if (url is not null && UrlDate(url.AbsolutePath) is { } fromUrl)
        {
            yield return ("url", fromUrl, false, PublishDateSource.Url);
        }
        foreach (var value in DatedElements.DataTimestamps(document))
        {
            yield return ("data timestamp", value, false, Meta);
        }
        foreach (var el in times)
        {
            yield return ("time text", el.TextContent, true, Visible);
        }
        foreach (var el in DatedElements.DateLikeElements(document))
        {
            yield return ("dateline", DatedElements.Shorten(el.TextContent), true, Visible);
        }
        yield return ("text after title", DatedElements.TextAfterTitle(document), true, Visible);
        // Pages that render their date with script still carry it in the script's data.
        var scripts = document.QuerySelectorAll("script:not([type='application/ld+json'])").Select(s => s.TextContent).ToList();
        foreach (var text in scripts)
        {
            foreach (Match m in ScriptDateKey().Matches(text))
            {
                yield return ("script " + m.Groups["k"].Value, m.Groups["v"].Value, false, Meta);
            }
        }
        // A small script in the body that writes a date out (showDate("2020/04/17 01:43")) renders
        // the visible date; other bare timestamps in scripts are server clocks and build times.
        foreach (var script in document.Body?.QuerySelectorAll("script") ?? Enumerable.Empty<IElement>())
        {
            if (script.TextContent.Length < 200 && !DatedElements.IsFurniture(script) && ScriptWritesDate().Match(script.TextContent) is { Success: true } m)
            {
                yield return ("script date", m.Groups["v"].Value, false, Meta);
            }
        }
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

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![\d])")]
    private static partial Regex SeparatedUrlDate();

    [GeneratedRegex("[\"']?(?<k>datePublished|publishDate|publishedDate|publishedAt|published_at|publish_date|published_date|date_published|pubDate|pub_date|publicationDate|firstPublishedAt|first_published_at|firstPublishDate)[\"']?\\s*[:=]\\s*[\"']?(?<v>[0-9][0-9TZ:.+ /-]{7,34}|\\d{10,13})")]
    private static partial Regex ScriptDateKey();

    [GeneratedRegex(@"\w\(\s*[""'](?<v>(19|20)\d{2}[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)")]
    private static partial Regex ScriptWritesDate();
}
