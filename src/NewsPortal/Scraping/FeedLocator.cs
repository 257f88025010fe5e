namespace NewsPortal.Scraping;

/// <summary>
/// What reading an address as a feed gave: the feed, or the fetch that failed, or why the document
/// is no feed (<see cref="NotAFeed"/>, for logs and admins).
/// </summary>
public sealed record FeedLookup(FeedReadResult? Feed, FetchResult? FailedFetch, string? NotAFeed)
{
    public bool IsSuccess => Feed is { IsSuccess: true };
}

/// <summary>
/// The one rule for "is this address a feed": a fetched document that is not a web page and reads
/// as RSS or Atom. A web page that advertises a feed stands for that feed (people paste a site's
/// address as its feed). The admin's check, the CLI and the worker all ask here.
/// </summary>
public static class FeedLocator
{
    public static async Task<FeedLookup> ReadAsync(Fetcher fetcher, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        var fetched = await fetcher.FetchAsync(url, null, cancellationToken);
        if (!fetched.IsSuccess)
        {
            return new FeedLookup(null, fetched, null);
        }
        if (IsWebPage(fetched))
        {
            if (FeedReader.FindFeedLinks(fetched.Text ?? "", fetched.FinalUrl ?? url) is not [var advertised, ..] || advertised == url)
            {
                return new FeedLookup(null, null, $"{url} is a web page, not a feed, and advertises no feed.");
            }
            fetched = await fetcher.FetchAsync(advertised, null, cancellationToken);
            if (!fetched.IsSuccess)
            {
                return new FeedLookup(null, fetched, null);
            }
        }
        var feed = FeedReader.Read(fetched.Text ?? "", fetched.FinalUrl ?? url);
        return feed.IsSuccess ? new FeedLookup(feed, null, null) : new FeedLookup(feed, null, $"{url}: {feed.Error}");
    }

    /// <summary>A fetched document that is a feed itself (not a page that points to one).</summary>
    public static bool IsFeed(FetchResult fetched) =>
        fetched is { IsSuccess: true } && !IsWebPage(fetched) && FeedReader.Read(fetched.Text ?? "", fetched.FinalUrl ?? fetched.RequestedUrl).IsSuccess;

    /// <summary>An HTML page by its content type, or by its doctype when the server calls it something else.</summary>
    public static bool IsWebPage(FetchResult fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return fetched.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
            || Head(fetched).TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A sitemap or sitemap index by its root element; the CLI's guess at what an address is.</summary>
    public static bool IsSitemap(FetchResult fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var head = Head(fetched);
        return fetched.IsSuccess && !IsWebPage(fetched)
            && (head.Contains("<urlset", StringComparison.Ordinal) || head.Contains("<sitemapindex", StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> Head(FetchResult fetched) =>
        (fetched.Text ?? "").AsSpan(0, Math.Min(fetched.Text?.Length ?? 0, 2048));
}
