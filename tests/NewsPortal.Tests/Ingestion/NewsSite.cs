using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Tests.Ingestion;

/// <summary>
/// Two small Arabic news sites on 127.0.0.1 (two ports: two outlets), with an RSS feed, a sitemap,
/// articles, a missing page, a failing page and a page with no article. Pages can be changed while a
/// test runs, as a publisher edits a story.
/// </summary>
public sealed class NewsSite : IAsyncLifetime
{
    private WebApplication? app;

    public Uri Outlet { get; private set; } = null!;
    public Uri OtherOutlet { get; private set; } = null!;

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    /// <summary>304 answers per article slug: conditional GETs that matched.</summary>
    public ConcurrentDictionary<string, int> NotModified { get; } = new();

    /// <summary>Article bodies by slug, as the site serves them now.</summary>
    public ConcurrentDictionary<string, (string Title, string Date, string Body)> Articles { get; } = new(Stories());

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Use(async (context, next) =>
        {
            Hits.AddOrUpdate($"{context.Request.Host.Port}{context.Request.Path}", 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        app.MapGet("/rss.xml", (HttpContext c) => Results.Text(Feed(Base(c)), "application/rss+xml; charset=utf-8"));
        app.MapGet("/sitemap.xml", (HttpContext c) => Results.Text(Sitemap(Base(c)), "application/xml"));
        app.MapGet("/news/{slug}", (string slug, HttpContext c) =>
        {
            if (!Articles.TryGetValue(slug, out var a))
            {
                return Results.NotFound();
            }
            var html = Page(a.Title, a.Date, a.Body);
            var etag = $"\"{(uint)html.GetHashCode(StringComparison.Ordinal):x8}\"";
            c.Response.Headers.ETag = etag;
            if (c.Request.Headers.IfNoneMatch == etag)
            {
                NotModified.AddOrUpdate(slug, 1, (_, n) => n + 1);
                return Results.StatusCode(304);
            }
            return Html(html);
        });
        app.MapGet("/broken", () => Results.StatusCode(503));
        app.MapGet("/video", () => Html("<html><body><nav><a href='/'>الرئيسية</a></nav><video src='/v.mp4'></video></body></html>"));
        // A site's front page, which people paste as its feed: it names the feed in its head.
        app.MapGet("/front", () => Html("<html><head><link rel='alternate' type='application/rss+xml' href='/rss.xml'></head><body><p>الصفحة الأولى</p></body></html>"));
        app.MapGet("/not-a-feed", () => Html("<html><body><p>صفحة عادية</p></body></html>"));
        // A server that asks for a day and more of quiet.
        app.MapGet("/too-busy", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "99999";
            return Results.StatusCode(429);
        });
        // Headers never come: the fetch is still running when the worker is stopped.
        app.MapGet("/slow", async (HttpContext c) =>
        {
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Ok();
        });
        app.MapGet("/broken-sitemap.xml", () => Results.Text("this is no sitemap: <<< >>>", "application/xml"));
        app.MapGet("/self-sitemap.xml", (HttpContext c) => Results.Text(
            $"<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{Base(c)}/self-sitemap.xml</loc></sitemap></sitemapindex>", "application/xml"));
        app.MapGet("/bomb-index.xml", (HttpContext c) => Results.Text(
            $"<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{Base(c)}/bomb.xml.gz</loc></sitemap><sitemap><loc>{Base(c)}/sitemap.xml</loc></sitemap></sitemapindex>", "application/xml"));
        app.MapGet("/bomb.xml.gz", () => Results.Bytes(Bomb.Value, "application/gzip"));
        await app.StartAsync();
        var urls = app.Urls.Select(u => new Uri(u)).OrderBy(u => u.Port).ToList();
        Outlet = urls[0];
        OtherOutlet = urls[1];
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public Uri At(string path, bool other = false) => new(other ? OtherOutlet : Outlet, path);

    public int HitCount(string path, bool other = false) => Hits.GetValueOrDefault($"{(other ? OtherOutlet : Outlet).Port}{path}");

    private static string Base(HttpContext c) => $"http://{c.Request.Host}";

    /// <summary>A gzip sitemap of about 100 KB that unpacks to 100 MB: one URL, then blank space.</summary>
    public static readonly Lazy<byte[]> Bomb = new(() =>
    {
        using var packed = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zip.Write(System.Text.Encoding.UTF8.GetBytes("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://127.0.0.1/news/summit</loc></url>"));
            var blank = new byte[1024 * 1024];
            Array.Fill(blank, (byte)' ');
            for (var i = 0; i < 100; i++)
            {
                zip.Write(blank);
            }
            zip.Write("</urlset>"u8);
        }
        return packed.ToArray();
    });

    private static IResult Html(string html) => Results.Text(html, "text/html; charset=utf-8");

    /// <summary>The feed lists three stories, a page that fails, a missing page and a page with no article.</summary>
    private static string Feed(string site) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>أخبار تجريبية</title><link>{site}/</link>
        <item><title>قمة</title><link>{site}/news/summit?utm_source=rss</link><pubDate>Wed, 13 Sep 2023 08:00:00 +0300</pubDate></item>
        <item><title>تدريبات</title><link>{site}/news/drills</link></item>
        <item><title>عقوبات</title><link>{site}/news/sanctions</link></item>
        <item><title>معطلة</title><link>{site}/broken</link></item>
        <item><title>محذوفة</title><link>{site}/news/deleted</link></item>
        <item><title>فيديو</title><link>{site}/video</link></item>
        </channel></rss>
        """;

    private static string Sitemap(string site) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>{site}/news/summit</loc><lastmod>2023-09-13</lastmod></url>
          <url><loc>{site}/news/drills</loc></url>
        </urlset>
        """;

    private static string Page(string title, string date, string body) => $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | أخبار تجريبية</title>
        <meta property="article:published_time" content="{date}">
        <meta property="og:site_name" content="أخبار تجريبية">
        </head><body>
        <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">رياضة</a></nav>
        <main><article><h1>{title}</h1>
        {string.Concat(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{p}</p>\n"))}
        </article>
        <aside><h2>الأكثر قراءة</h2><ul><li><a href="/news/x">خبر آخر لا علاقة له بالموضوع</a></li></ul></aside></main>
        <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """;

    private static Dictionary<string, (string, string, string)> Stories() => new()
    {
        ["summit"] = ("بوتين يستقبل كيم جونغ أون في قاعدة فوستوتشني الفضائية", "2023-09-13T08:30:00+03:00", """
            استقبل الرئيس الروسي فلاديمير بوتين، أمس الثلاثاء، الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوتشني الفضائية في أقصى شرق روسيا.
            وأجرى الزعيمان محادثات استمرت أكثر من أربع ساعات تناولت التعاون العسكري والتقني بين البلدين، بحسب ما أفاد به الكرملين.
            وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الجانبين لم يوقعا أي اتفاقيات خلال الزيارة، لكنهما اتفقا على مواصلة الاتصالات.
            وتخشى واشنطن وسيول من أن تؤدي الزيارة إلى صفقة أسلحة تزود بموجبها بيونغ يانغ موسكو بذخائر مدفعية لاستخدامها في أوكرانيا.
            """),
        ["drills"] = ("كوريا الشمالية تطلق صاروخاً باليستياً قبالة ساحلها الشرقي", "2024-05-30T10:00:00+09:00", """
            أطلقت كوريا الشمالية صباح اليوم الخميس صاروخاً باليستياً باتجاه البحر قبالة ساحلها الشرقي، بحسب ما أعلنت هيئة الأركان المشتركة في كوريا الجنوبية.
            وقالت الهيئة في بيان إن الصاروخ حلّق مسافة تقارب ثلاثمئة كيلومتر قبل أن يسقط في البحر، وإن الجيش رفع درجة الاستعداد.
            وتأتي عملية الإطلاق بعد أيام من تحذير بيونغ يانغ من تدريبات عسكرية مشتركة تجريها سيول وواشنطن في المنطقة.
            """),
        ["sanctions"] = ("واشنطن تفرض عقوبات جديدة على شركات روسية", "2024-02-23T18:00:00+00:00", """
            فرضت الولايات المتحدة، الجمعة، عقوبات جديدة على عشرات الشركات الروسية بتهمة المساعدة في نقل أسلحة من كوريا الشمالية إلى روسيا.
            وقالت وزارة الخزانة الأمريكية إن العقوبات تستهدف شبكات تمويل وشحن تعمل بين ميناء راجين الكوري الشمالي والموانئ الروسية.
            ونفت موسكو مراراً تلقيها أسلحة من بيونغ يانغ، ووصفت الاتهامات الأمريكية بأنها لا أساس لها.
            """),
    };
}
