using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NewsPortal.Tests.Extraction.Html;

namespace NewsPortal.Tests.Scraping;

/// <summary>A real HTTP server on 127.0.0.1 serving the pages and misbehaviours the fetcher must survive.</summary>
public sealed class TestSite : IAsyncLifetime
{
    private WebApplication? app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Requests seen per path, and the request headers of the last one.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public ConcurrentDictionary<string, Dictionary<string, string>> LastHeaders { get; } = new();

    public Uri Url(string path) => new(BaseUrl, path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Use(async (context, next) =>
        {
            var key = context.Request.Path + context.Request.QueryString;
            Hits.AddOrUpdate(key, 1, (_, n) => n + 1);
            LastHeaders[key] = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            await next(context);
        });
        Map(app);
        await app.StartAsync();
        BaseUrl = new Uri(app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public int HitCount(string pathAndQuery) => Hits.GetValueOrDefault(pathAndQuery);

    private void Map(WebApplication web)
    {
        web.MapGet("/robots.txt", () => Results.Text("""
            User-agent: *
            Disallow: /private/
            Allow: /private/open-page

            User-agent: OtherBot
            Disallow: /

            Sitemap: /sitemap-index.xml
            """, "text/plain"));

        web.MapGet("/news/wordpress", () => Html(TestPages.WordPress));
        web.MapGet("/news/jsonld", () => Html(TestPages.JsonLdNews));
        web.MapGet("/news/amp", () => Html(TestPages.Amp));
        web.MapGet("/news/hostile", () => Html(TestPages.Hostile));
        web.MapGet("/news/none", () => Html(TestPages.NoArticle));
        web.MapGet("/news/cp1256", () => Results.Bytes(TestPages.Windows1256WithoutCharset, "text/html"));
        web.MapGet("/private/secret", () => Html("<p>secret</p>"));
        web.MapGet("/image.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));

        web.MapGet("/etag", (HttpContext c) =>
        {
            const string etag = "\"v1\"";
            c.Response.Headers.ETag = etag;
            c.Response.Headers.LastModified = "Tue, 05 Mar 2024 10:00:00 GMT";
            return c.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(304) : Html(TestPages.WordPress);
        });

        web.MapGet("/flaky/{id}", (string id, HttpContext c) =>
            HitCount(c.Request.Path) <= 2 ? Results.StatusCode(500) : Html(TestPages.JsonLdNews));

        web.MapGet("/busy/{id}", (string id, HttpContext c) =>
        {
            if (HitCount(c.Request.Path) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }
            return Html(TestPages.JsonLdNews);
        });

        web.MapGet("/very-busy", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(429);
        });

        web.MapGet("/always-500", () => Results.StatusCode(500));
        web.MapGet("/missing", () => Results.NotFound());

        // Headers and a first chunk, then nothing more: the body never finishes.
        web.MapGet("/never-finishes", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html><body><p>start");
            await c.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        // No status line at all until the client gives up.
        web.MapGet("/no-headers", async (HttpContext c) =>
        {
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Ok();
        });

        web.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        web.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        web.MapGet("/chain/{n:int}", (int n) => n > 0 ? Results.Redirect($"/chain/{n - 1}") : Html(TestPages.WordPress));
        web.MapGet("/to-ftp", () => Results.Redirect("ftp://files.example/x"));
        web.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        web.MapGet("/moved", () => Results.Redirect("/news/jsonld", permanent: true));

        // 20 MB of markup, streamed without a Content-Length.
        web.MapGet("/huge", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            var chunk = Encoding.UTF8.GetBytes(new string('x', 64 * 1024));
            for (var i = 0; i < 20 * 16 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });

        web.MapGet("/compressed/{encoding}", async (string encoding, HttpContext c) =>
        {
            using var packed = new MemoryStream();
            await using (Stream zip = encoding == "br"
                ? new BrotliStream(packed, CompressionLevel.Fastest, leaveOpen: true)
                : new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await zip.WriteAsync(Encoding.UTF8.GetBytes(TestPages.JsonLdNews));
            }
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.Headers.ContentEncoding = encoding;
            await c.Response.Body.WriteAsync(packed.ToArray());
        });

        web.MapGet("/feed.xml", () => Results.Text(Feed, "application/rss+xml"));
        web.MapGet("/sitemap-index.xml", () => Results.Text(SitemapIndex(BaseUrl), "application/xml"));
        web.MapGet("/sitemap-news.xml", () => Results.Text(NewsSitemap(BaseUrl), "application/xml"));
        web.MapGet("/sitemap-loop.xml", () => Results.Text(SitemapLoop(BaseUrl), "application/xml"));
    }

    private static IResult Html(string html) => Results.Text(html, "text/html; charset=utf-8");

    public const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>أخبار الشرق</title><link>https://akhbar.example/</link>
        <item><title>وفد كوري شمالي في موسكو</title><link>/news/jsonld</link><pubDate>Wed, 13 Sep 2023 08:30:00 +0300</pubDate></item>
        <item><title>روسيا &amp; كوريا &nbsp; الشمالية</title><link>/news/wordpress</link><pubDate>13/09/2023</pubDate></item>
        </channel></rss>
        """;

    private static string SitemapIndex(Uri b) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>{b}sitemap-news.xml</loc></sitemap>
          <sitemap><loc>{b}sitemap-loop.xml</loc></sitemap>
          <sitemap><loc>{b}sitemap-missing.xml</loc></sitemap>
        </sitemapindex>
        """;

    private static string NewsSitemap(Uri b) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>{b}news/jsonld</loc>
            <news:news><news:publication><news:name>أخبار الشرق</news:name><news:language>ar</news:language></news:publication>
            <news:publication_date>2023-09-13T08:30:00+03:00</news:publication_date><news:title>وفد كوري شمالي</news:title></news:news></url>
          <url><loc>{b}news/wordpress</loc><lastmod>2024-03-05</lastmod></url>
        </urlset>
        """;

    private static string SitemapLoop(Uri b) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>{b}sitemap-index.xml</loc></sitemap>
        </sitemapindex>
        """;
}
