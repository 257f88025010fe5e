namespace NewsPortal.Scraping;

/// <summary>Fetching and politeness settings, bound from the "Scraping" configuration section.</summary>
public sealed class ScrapingOptions
{
    public const string Section = "Scraping";

    /// <summary>Sent on every request and matched against robots.txt groups by its product token.</summary>
    public string UserAgent { get; set; } = "NewsPortalBot/1.0 (+https://github.com/newsportal/newsportal; bot@newsportal.invalid)";

    /// <summary>One HTTP request, headers included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The whole fetch: redirects, politeness waits and reading the body.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The most bytes a response may have, after any decompression (Content-Encoding or a .gz
    /// file): reading stops there, so a small compressed bomb cannot fill memory.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host.</summary>
    public TimeSpan MinDelayPerHost { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A robots.txt Crawl-delay above this is capped, so one site cannot stall a worker.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    public bool RespectRobotsTxt { get; set; } = true;

    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Sitemap index recursion: depth and the number of sitemap files read in one walk.</summary>
    public int MaxSitemapDepth { get; set; } = 3;

    public int MaxSitemapFiles { get; set; } = 50;

    public int MaxSitemapUrls { get; set; } = 50_000;

    /// <summary>Allows fetching from loopback addresses: tests and local development only (see <see cref="AddressGuard"/>).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Extra publisher profiles (*.json) loaded beside the shipped ones; none when unset (docs/sources-and-profiles.md).</summary>
    public string? PublisherProfilesFolder { get; set; }
}
