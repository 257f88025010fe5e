using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace NewsPortal.Scraping;

/// <summary>
/// What a sitemap walk found, and what went wrong on the way. <paramref name="Transient"/>: at least
/// one failure may pass (a timeout, a 5xx, a Retry-After), so another attempt could find more;
/// malformed files, self-references and compression bombs will not.
/// </summary>
public sealed record SitemapReadResult(IReadOnlyList<DiscoveredItem> Items, IReadOnlyList<string> Errors, bool Transient = false);

/// <summary>
/// XML sitemaps: url sets (with Google News title and publication date), sitemap indexes walked
/// breadth-first within depth, file and URL bounds, and gzip sitemaps (unpacked within the response
/// size limit). A sitemap that fails is noted in Errors and the walk goes on.
/// </summary>
public sealed class SitemapReader(Fetcher fetcher, IOptions<ScrapingOptions> options)
{
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
    };

    public async Task<SitemapReadResult> ReadAsync(Uri sitemapUrl, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var items = new List<DiscoveredItem>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { sitemapUrl.AbsoluteUri };
        var queue = new Queue<(Uri Url, int Depth)>([(sitemapUrl, 0)]);
        var files = 0;
        var transient = false;
        while (queue.Count > 0 && files < o.MaxSitemapFiles && items.Count < o.MaxSitemapUrls)
        {
            var (url, depth) = queue.Dequeue();
            files++;
            var fetched = await fetcher.FetchAsync(url, null, cancellationToken).ConfigureAwait(false);
            if (!fetched.IsSuccess)
            {
                errors.Add(fetched.Error ?? $"could not fetch {url}");
                transient |= fetched.IsTransient;
                continue;
            }
            var (text, unpackError) = await TextAsync(fetched, o, cancellationToken).ConfigureAwait(false);
            if (unpackError is not null)
            {
                errors.Add(unpackError);
                continue;
            }
            var parsed = Parse(text, fetched.FinalUrl ?? url);
            if (parsed.Error is not null)
            {
                errors.Add($"{url}: {parsed.Error}");
            }
            items.AddRange(parsed.Items.Take(o.MaxSitemapUrls - items.Count));
            foreach (var child in parsed.Sitemaps)
            {
                if (depth + 1 > o.MaxSitemapDepth)
                {
                    errors.Add($"{child}: deeper than {o.MaxSitemapDepth} levels, skipped");
                }
                else if (seen.Add(child.AbsoluteUri))
                {
                    queue.Enqueue((child, depth + 1));
                }
                else
                {
                    errors.Add($"{url} lists {child}, which this walk has read already (an index that refers to itself or loops); not read again");
                }
            }
        }
        if (queue.Count > 0)
        {
            errors.Add($"stopped after {files} sitemap files and {items.Count} URLs; {queue.Count} sitemaps not read");
        }
        return new SitemapReadResult(items, errors, transient);
    }

    /// <summary>Parses one sitemap file: its URLs and, for an index, the child sitemaps.</summary>
    public static (IReadOnlyList<DiscoveredItem> Items, IReadOnlyList<Uri> Sitemaps, string? Error) Parse(string xml, Uri? baseUrl)
    {
        XDocument doc;
        try
        {
            using var text = new StringReader(FeedXml.Repair(xml));
            using var reader = XmlReader.Create(text, Settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return ([], [], $"not a readable sitemap: {e.Message}");
        }
        var items = new List<DiscoveredItem>();
        var sitemaps = new List<Uri>();
        foreach (var element in doc.Root?.Elements() ?? [])
        {
            var loc = FeedReader.Resolve(baseUrl, Child(element, "loc")?.Value);
            if (loc is null)
            {
                continue;
            }
            if (element.Name.LocalName == "sitemap")
            {
                sitemaps.Add(loc);
                continue;
            }
            if (element.Name.LocalName != "url")
            {
                continue;
            }
            var news = element.Element(News + "news");
            var published = news?.Element(News + "publication_date")?.Value ?? Child(element, "lastmod")?.Value;
            items.Add(new DiscoveredItem(loc, news?.Element(News + "title")?.Value.Trim(),
                DateValue.TryParse(published, out var date) ? date : null));
        }
        return (items, sitemaps, null);
    }

    /// <summary>The sitemap's text; gzip bytes served without a gzip type are unpacked here, within the same limit.</summary>
    private static async Task<(string Text, string? Error)> TextAsync(FetchResult fetched, ScrapingOptions o, CancellationToken cancellationToken)
    {
        if (!BodyReader.IsGzip(fetched.Bytes))
        {
            return (fetched.Text ?? CharsetDetector.Decode(fetched.Bytes, fetched.ContentType).Text, null);
        }
        var (plain, tooLarge) = await BodyReader.GunzipAsync(fetched.Bytes, o.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        var url = fetched.FinalUrl ?? fetched.RequestedUrl;
        return tooLarge ? ("", Fetcher.TooLargeUnpacked(url, o)) : (CharsetDetector.Decode(plain).Text, null);
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
