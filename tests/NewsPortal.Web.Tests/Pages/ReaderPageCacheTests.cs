using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages;

/// <summary>A portal with the reader page cache on and changes taken in as in production.</summary>
public sealed class CachedPortal : PortalServer
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["NewsPortal:PageCache:Enabled"] = "true",
        ["NewsPortal:ContentChangeInterval"] = ContentChanges.DefaultMinInterval.ToString(),
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var changes = AppServices.GetRequiredService<ContentChanges>();
        var waited = Stopwatch.StartNew();
        while (!changes.IsLive)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the portal never started listening for content changes");
            await Task.Delay(50);
        }
    }
}

// Cached responses carry an Age header (ASP.NET Core's output cache adds it); fresh renders do not.
public class ReaderPageCacheTests(CachedPortal portal) : IClassFixture<CachedPortal>
{
    private static readonly TimeSpan ChangeNoticeTimeout = TimeSpan.FromSeconds(15);
    private readonly ReaderData data = new(portal.Database);

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, HttpClient? client = null)
    {
        var owned = client is null;
        client ??= portal.CreateClient();
        try
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (response, body);
        }
        finally
        {
            if (owned)
            {
                client.Dispose();
            }
        }
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>Views <paramref name="url"/> until <paramref name="done"/> holds for the body, or fails after the timeout.</summary>
    private async Task<HttpResponseMessage> ViewUntilAsync(string url, Func<string, bool> done, string what)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var (response, body) = await GetAsync(url);
            if (done(body))
            {
                return response;
            }
            Assert.True(waited.Elapsed < ChangeNoticeTimeout, $"{url}: {what} within {ChangeNoticeTimeout}");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Views <paramref name="url"/> until a view comes from the cache. Notices of earlier commits may
    /// still be arriving (each one empties the cache), so "the next view" is not always a hit; a view
    /// soon after must be.
    /// </summary>
    private async Task<string> ViewUntilCachedAsync(string url, HttpClient? client = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var (response, body) = await GetAsync(url, client);
            if (FromCache(response))
            {
                return body;
            }
            Assert.True(waited.Elapsed < ChangeNoticeTimeout, $"{url}: no view served from the cache within {ChangeNoticeTimeout}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_readers_repeat_view_of_a_page_is_served_from_the_cache()
    {
        const string url = "/timeline?from=2001-01-01&to=2001-12-31";
        var (first, firstBody) = await GetAsync(url);
        var cachedBody = await ViewUntilCachedAsync(url);

        Assert.False(FromCache(first));
        Assert.Equal(firstBody, cachedBody);
    }

    [Fact]
    public async Task Every_query_value_is_a_page_of_its_own()
    {
        await GetAsync("/timeline?from=2002-01-01&to=2002-12-31");

        var (other, _) = await GetAsync("/timeline?from=2002-01-01&to=2002-06-30");

        Assert.False(FromCache(other));
    }

    [Fact]
    public async Task Parameters_the_page_does_not_read_make_no_entry_of_their_own()
    {
        const string url = "/timeline?from=2008-01-01&to=2008-12-31";
        await ViewUntilCachedAsync(url);

        var (junk, junkBody) = await GetAsync(url + "&junk=1");
        var (otherJunk, _) = await GetAsync(url + "&utm_source=x&junk=2");
        var (reordered, _) = await GetAsync("/timeline?to=2008-12-31&from=2008-01-01");

        Assert.True(FromCache(junk));
        Assert.True(FromCache(otherJunk));
        Assert.True(FromCache(reordered));
        Assert.DoesNotContain("junk", junkBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_junk_parameter_on_the_first_view_is_not_carried_to_the_next_readers()
    {
        const string url = "/timeline?from=2009-01-01&to=2009-12-31";
        var (first, _) = await GetAsync(url + "&junk=from-the-first-reader");
        var cached = await ViewUntilCachedAsync(url);

        Assert.False(FromCache(first));
        Assert.DoesNotContain("from-the-first-reader", cached, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_event_shows_on_the_next_view_once_its_transaction_commits()
    {
        const string url = "/timeline?from=2003-01-01&to=2003-12-31";
        await ViewUntilCachedAsync(url);

        var article = await data.ArticleAsync("خبر 2003", "زار وفد روسي بيونغ يانغ في مارس.", new DateOnly(2003, 3, 2));
        var added = await data.EventAsync("visit", new DateOnly(2003, 3, 1), "وفد روسي في بيونغ يانغ عام 2003",
            [ReaderData.Russia, ReaderData.NorthKorea], [(article, "زار وفد روسي بيونغ يانغ في مارس.", "زار")]);

        await ViewUntilAsync(url, body => body.Contains($"event-{added.Id}", StringComparison.Ordinal), "the new event shows");
    }

    [Fact]
    public async Task An_actors_page_shows_a_new_article_and_a_new_event_on_the_next_view_though_each_part_is_kept_apart()
    {
        // Choe Son Hui: no other test of this class names her.
        const string choe = "np:person/choe-son-hui";
        const string url = "/actors/" + choe;
        await data.ArticleAsync("تشوي في بكين", "وصلت تشوي سون هوي إلى بكين.", new DateOnly(2014, 5, 1), mentions: [(choe, "تشوي سون هوي")]);
        await ViewUntilCachedAsync(url);

        // An article only (its part of the summary is renewed; the event count is not asked to be).
        var article = await data.ArticleAsync("تشوي في هانوي", "وصلت تشوي سون هوي إلى هانوي.", new DateOnly(2014, 6, 1), mentions: [(choe, "تشوي سون هوي")]);
        await ViewUntilAsync(url, body => body.Contains($"/articles/{article.Id}\"", StringComparison.Ordinal), "the new article is among the latest");

        // Then an event only: the article side is kept, the event and its count show.
        var added = await data.EventAsync("visit", new DateOnly(2014, 6, 1), "تشوي تزور هانوي", [choe], [(article, "وصلت تشوي سون هوي إلى هانوي.", "وصلت")]);
        var page = await ViewUntilAsync(url, body => body.Contains($"event-{added.Id}", StringComparison.Ordinal), "the new event shows");
        var body = await page.Content.ReadAsStringAsync();
        Assert.Contains("الأحداث (حدث واحد)", body, StringComparison.Ordinal);
        Assert.Contains($"/articles/{article.Id}\"", body, StringComparison.Ordinal);
    }

    /// <summary>Waits until the portal has taken in a change committed after <paramref name="before"/>.</summary>
    private async Task WaitForNewVersionAsync(long before)
    {
        var changes = portal.AppServices.GetRequiredService<ContentChanges>();
        var waited = Stopwatch.StartNew();
        while (changes.Version == before)
        {
            Assert.True(waited.Elapsed < ChangeNoticeTimeout, $"no change notice within {ChangeNoticeTimeout}");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task After_a_change_one_reader_renders_the_page_while_the_others_get_the_previous_rendering_at_once()
    {
        const string url = "/timeline?from=2010-01-01&to=2010-12-31";
        var article = await data.ArticleAsync("خبر 2010", "زار وزير روسي بيونغ يانغ في يونيو.", new DateOnly(2010, 6, 2));
        var ev = await data.EventAsync("visit", new DateOnly(2010, 6, 1), "زيارة وزير روسي عام 2010",
            [ReaderData.Russia, ReaderData.NorthKorea], [(article, "زار وزير روسي بيونغ يانغ في يونيو.", "زار")]);
        // Notices of those commits may still come (a burst is taken in at the end of the interval): let them.
        var changes = portal.AppServices.GetRequiredService<ContentChanges>();
        long before;
        do
        {
            before = changes.Version;
            await Task.Delay(changes.MinInterval + TimeSpan.FromMilliseconds(500));
        }
        while (changes.Version != before);
        var previous = await ViewUntilCachedAsync(url);
        Assert.Equal(before, changes.Version);
        // One statement on one table: one notice, taken in at once (the first after a quiet interval).
        await using (var db = portal.Database.CreateContext())
        {
            await db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Summary, "زيارة وزير روسي عام 2010، بعد تصحيح"));
        }
        await WaitForNewVersionAsync(before);

        // Reading the events table waits while this transaction holds it: the render after the change cannot finish.
        await using var connection = new Npgsql.NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockEvents = new Npgsql.NpgsqlCommand("LOCK TABLE events IN ACCESS EXCLUSIVE MODE", connection, transaction))
        {
            await lockEvents.ExecuteNonQueryAsync();
        }
        var rendering = GetAsync(url);
        await using (var waiting = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'events'::regclass", connection, transaction))
        {
            var waited = Stopwatch.StartNew();
            while ((long)(await waiting.ExecuteScalarAsync())! == 0)
            {
                Assert.True(waited.Elapsed < ChangeNoticeTimeout, "the render after the change never reached the database");
                await Task.Delay(20);
            }
        }
        var others = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GetAsync(url))).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(rendering.IsCompleted);
        await transaction.RollbackAsync();
        var (rendered, renderedBody) = await rendering;
        var (_, nextBody) = await GetAsync(url);

        Assert.All(others, o => Assert.True(FromCache(o.Response)));
        Assert.All(others, o => Assert.Equal(previous, o.Body));
        Assert.False(FromCache(rendered));
        Assert.DoesNotContain("بعد تصحيح", previous, StringComparison.Ordinal);
        Assert.Contains("بعد تصحيح", renderedBody, StringComparison.Ordinal);
        Assert.Contains("بعد تصحيح", nextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_an_editor_rejects_leaves_the_cached_timeline_and_api()
    {
        var article = await data.ArticleAsync("خبر 2004", "وقع الطرفان اتفاقا في موسكو.", new DateOnly(2004, 5, 2));
        var ev = await data.EventAsync("agreement", new DateOnly(2004, 5, 1), "اتفاق سيرفضه المحرر",
            [ReaderData.Russia, ReaderData.NorthKorea], [(article, "وقع الطرفان اتفاقا في موسكو.", "وقع")]);
        const string page = "/timeline?from=2004-01-01&to=2004-12-31";
        const string api = "/api/events?from=2004-01-01&to=2004-12-31";
        await ViewUntilAsync(page, body => body.Contains($"event-{ev.Id}", StringComparison.Ordinal), "the event shows");
        await ViewUntilAsync(api, body => body.Contains("اتفاق سيرفضه المحرر", StringComparison.Ordinal), "the event is in the API");
        await ViewUntilCachedAsync(page);
        await ViewUntilCachedAsync(api);

        // An edit to an existing row, from outside the web app (as the CLI or another instance would).
        await using (var db = portal.Database.CreateContext())
        {
            await db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Review, ReviewState.Rejected));
        }

        await ViewUntilAsync(page, body => !body.Contains($"event-{ev.Id}", StringComparison.Ordinal), "the rejected event is gone");
        await ViewUntilAsync(api, body => !body.Contains("اتفاق سيرفضه المحرر", StringComparison.Ordinal), "the rejected event is gone from the API");
    }

    [Fact]
    public async Task The_arabic_and_english_interfaces_are_cached_apart()
    {
        const string url = "/timeline?from=2005-01-01&to=2005-12-31";
        await ViewUntilCachedAsync(url);

        using var english = portal.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var (first, _) = await GetAsync(url, english);
        var cachedEnglish = await ViewUntilCachedAsync(url, english);
        var cachedArabic = await ViewUntilCachedAsync(url);

        Assert.False(FromCache(first));
        Assert.Equal("en", new HtmlParser().ParseDocument(cachedEnglish).DocumentElement.GetAttribute("lang"));
        Assert.Equal("ar", new HtmlParser().ParseDocument(cachedArabic).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_signed_in_user_always_gets_a_fresh_page_and_never_fills_the_readers_cache()
    {
        const string email = "cache-editor@newsportal.test";
        const string password = "Cache-Test-Passw0rd!";
        await using (var services = TestServices.Build(portal.Database))
        await using (var scope = services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>()
                .CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        using var signedIn = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = portal.BaseAddress,
        };
        var form = await signedIn.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var login = await signedIn.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        const string url = "/timeline?from=2006-01-01&to=2006-12-31";
        var (first, _) = await GetAsync(url, signedIn);
        var (second, _) = await GetAsync(url, signedIn);
        var (anonymous, _) = await GetAsync(url);

        Assert.False(FromCache(first));
        Assert.False(FromCache(second));
        Assert.False(FromCache(anonymous));
    }

    [Fact]
    public async Task A_cached_csv_export_is_the_same_file_as_the_first_download()
    {
        var article = await data.ArticleAsync("خبر تصدير 2007", "استقبل الرئيس وفدا روسيا في القصر.", new DateOnly(2007, 4, 2));
        await data.EventAsync("meeting", new DateOnly(2007, 4, 1), "استقبال وفد للتصدير",
            [ReaderData.Russia, ReaderData.NorthKorea], [(article, "استقبل الرئيس وفدا روسيا في القصر.", "استقبل")]);
        const string url = "/timeline/export.csv?from=2007-01-01&to=2007-12-31";
        await ViewUntilAsync(url, body => body.Contains("استقبال وفد للتصدير", StringComparison.Ordinal), "the event is in the export");
        var (_, fresh) = await GetAsync(url + "&fresh=1");

        var cached = await ViewUntilCachedAsync(url + "&fresh=1");

        Assert.Contains("استقبال وفد للتصدير", fresh, StringComparison.Ordinal);
        Assert.Equal(fresh, cached);
    }

    [Fact]
    public async Task A_page_that_fails_is_not_cached()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BaseAddress };
        var missing = await client.GetAsync(new Uri("/actors/np:none/no-such-actor", UriKind.Relative));
        var again = await client.GetAsync(new Uri("/actors/np:none/no-such-actor", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(again.Headers.Age);
    }
    /// <summary>A reader's request for <paramref name="path"/> as the output cache hands it to the policy.</summary>
    private async Task<(HttpContext Http, CancellationTokenSource Leaves)> ArriveAsync(string path)
    {
        var leaves = new CancellationTokenSource();
        var http = new DefaultHttpContext { RequestServices = portal.AppServices, RequestAborted = leaves.Token };
        http.Request.Method = HttpMethods.Get;
        http.Request.Path = path;
        await portal.AppServices.GetRequiredService<ReaderPageCache>().CacheRequestAsync(new OutputCacheContext { HttpContext = http }, CancellationToken.None);
        return (http, leaves);
    }

    [Fact]
    public async Task A_render_shared_by_waiting_readers_goes_on_when_the_reader_who_started_it_leaves()
    {
        var (starter, starterLeaves) = await ArriveAsync("/timeline/shared-render-1");
        var (waiter, waiterLeaves) = await ArriveAsync("/timeline/shared-render-1");

        await starterLeaves.CancelAsync();

        Assert.False(starter.RequestAborted.IsCancellationRequested);
        Assert.Equal(starter.RequestAborted, waiter.RequestAborted);
        await waiterLeaves.CancelAsync();
        starterLeaves.Dispose();
        waiterLeaves.Dispose();
    }

    [Fact]
    public async Task A_render_stops_when_every_reader_waiting_for_it_has_left()
    {
        var (starter, starterLeaves) = await ArriveAsync("/timeline/shared-render-2");
        var (_, waiterLeaves) = await ArriveAsync("/timeline/shared-render-2");
        var (other, otherLeaves) = await ArriveAsync("/timeline/another-render-2");

        await starterLeaves.CancelAsync();
        await waiterLeaves.CancelAsync();

        Assert.True(starter.RequestAborted.IsCancellationRequested);
        Assert.False(other.RequestAborted.IsCancellationRequested);
        await otherLeaves.CancelAsync();
        Assert.True(other.RequestAborted.IsCancellationRequested);
        starterLeaves.Dispose();
        waiterLeaves.Dispose();
        otherLeaves.Dispose();
    }

    [Fact]
    public async Task A_signed_in_render_is_not_shared_and_still_stops_when_its_reader_leaves()
    {
        var policy = portal.AppServices.GetRequiredService<ReaderPageCache>();
        using var leaves = new CancellationTokenSource();
        var http = new DefaultHttpContext
        {
            RequestServices = portal.AppServices,
            RequestAborted = leaves.Token,
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", "editor")], "test")),
        };
        http.Request.Method = HttpMethods.Get;
        var context = new OutputCacheContext { HttpContext = http };

        await policy.CacheRequestAsync(context, CancellationToken.None);
        await leaves.CancelAsync();

        Assert.False(context.AllowCacheStorage);
        Assert.True(http.RequestAborted.IsCancellationRequested);
    }
}
