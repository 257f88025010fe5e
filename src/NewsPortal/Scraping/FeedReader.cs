using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace NewsPortal.Scraping;

/// <summary>One entry of a feed or sitemap: an article URL with what the listing says about it.</summary>
public sealed record DiscoveredItem(Uri Url, string? Title, DateTimeOffset? Published);

public sealed record FeedReadResult(string? Title, IReadOnlyList<DiscoveredItem> Items, string? Error)
{
    public bool IsSuccess => Error is null;
}

/// <summary>
/// Reads RSS 2.0 and Atom with System.ServiceModel.Syndication (lenient dates), after repairing
/// common breakage; RSS 1.0 and feeds it still rejects are read element by element instead.
/// </summary>
public static class FeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        MaxCharactersInDocument = 50_000_000,
    };

    public static FeedReadResult Read(string xml, Uri? feedUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var repaired = FeedXml.Repair(xml);
        try
        {
            return ReadSyndication(repaired, feedUrl);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or ArgumentException)
        {
            try
            {
                return ReadLoosely(repaired, feedUrl);
            }
            catch (XmlException inner)
            {
                return new FeedReadResult(null, [], $"not a readable feed: {inner.Message} (after: {e.Message})");
            }
        }
    }

    private static FeedReadResult ReadSyndication(string xml, Uri? feedUrl)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        SyndicationFeedFormatter formatter = xml.Contains("http://www.w3.org/2005/Atom\"", StringComparison.Ordinal)
            && !xml.Contains("<rss", StringComparison.Ordinal)
            ? new Atom10FeedFormatter()
            : new Rss20FeedFormatter();
        formatter.DateTimeParser = ParseDate;
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        var items = new List<DiscoveredItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.OriginalString ?? item.Id;
            if (Resolve(feedUrl, link) is { } url)
            {
                var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
                items.Add(new DiscoveredItem(url, item.Title?.Text?.Trim(), date));
            }
        }
        return new FeedReadResult(feed.Title?.Text?.Trim(), items, null);
    }

    /// <summary>Any element named item or entry, whatever its namespace: RSS 1.0 (RDF) and odd dialects.</summary>
    private static FeedReadResult ReadLoosely(string xml, Uri? feedUrl)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        var doc = XDocument.Load(reader);
        var items = new List<DiscoveredItem>();
        foreach (var item in doc.Descendants().Where(e => e.Name.LocalName is "item" or "entry"))
        {
            var link = Child(item, "link");
            var href = link?.Attribute("href")?.Value ?? link?.Value ?? Child(item, "guid")?.Value ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value;
            if (Resolve(feedUrl, href) is not { } url)
            {
                continue;
            }
            var dateText = (Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated"))?.Value;
            var date = NewsPortal.Scraping.DateValue.TryParse(dateText, out var d) ? d : (DateTimeOffset?)null;
            items.Add(new DiscoveredItem(url, Child(item, "title")?.Value.Trim(), date));
        }
        var title = doc.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") is { } channel
            ? Child(channel, "title")?.Value : Child(doc.Root!, "title")?.Value;
        return new FeedReadResult(title?.Trim(), items, null);
    }

    /// <summary>The feeds a page advertises with &lt;link rel="alternate" type="application/rss+xml|atom+xml"&gt;.</summary>
    public static IReadOnlyList<Uri> FindFeedLinks(string html, Uri pageUrl)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return [.. document.QuerySelectorAll("link[rel~='alternate'][href]")
            .Where(l => l.GetAttribute("type")?.Trim().ToLowerInvariant() is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml")
            .Select(l => Resolve(pageUrl, l.GetAttribute("href")))
            .OfType<Uri>()
            .Distinct()];
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value) =>
        NewsPortal.Scraping.DateValue.TryParse(data.DateTimeString, out value);

    internal static Uri? Resolve(Uri? baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        var ok = baseUrl is null ? Uri.TryCreate(href.Trim(), UriKind.Absolute, out var url) : Uri.TryCreate(baseUrl, href.Trim(), out url);
        return ok && url!.Scheme is "http" or "https" ? url : null;
    }
}
