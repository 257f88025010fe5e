using System.Net;
using System.Text.Json;
using NewsPortal.Reading;
using NewsPortal.Model;
using NewsPortal.Web.Tests.Pages;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Security;

/// <summary>
/// An event reported by 1,003 articles and an article copied 45 times: every page and API answer
/// lists a bounded number and pages the rest, however many there are. Events in 1989, which no seed names.
/// </summary>
[Collection(PortalFixtures.Name)]
public class UnboundedListTests(PortalServer portal) : IAsyncLifetime
{
    private const string InOurYear = "from=1989-01-01&to=1989-12-31";
    private const int Reports = 1003;
    private const int CopyCount = 45;
    private const string Sentence = "وصل وفد روسي إلى بيونغ يانغ في زيارة رسمية.";
    // xunit builds the class for every test: the rows are inserted once per run.
    private static Event widelyReported = null!;
    private static Article copied = null!;
    private static bool seeded;

    public async Task InitializeAsync()
    {
        if (seeded)
        {
            return;
        }
        seeded = true;
        var data = new ReaderData(portal.Database);
        var reports = await ManyArticlesAsync(Reports, i => ($"تقرير رقم {i} عن وصول الوفد", Sentence + $" وقال المراسل {i} إن الزيارة تستمر يومين.", null));
        widelyReported = await data.EventAsync("visit", new DateOnly(1989, 4, 2), "وفد روسي يصل إلى بيونغ يانغ", [ReaderData.Russia, ReaderData.NorthKorea],
            [.. reports.Select(a => (a, Sentence, "وصل"))]);
        copied = await data.ArticleAsync("خبر الوكالة الأصلي 1989", "نقلت الصحف خبر الوكالة عن الزيارة.", new DateOnly(1989, 4, 3));
        await ManyArticlesAsync(CopyCount, i => ($"نسخة رقم {i} من خبر الوكالة", "نقلت الصحف خبر الوكالة عن الزيارة.", copied.Id));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Many articles in one round trip (one by one, a thousand would take the test's time).</summary>
    private async Task<List<Article>> ManyArticlesAsync(int count, Func<int, (string Title, string Body, long? CopyOf)> make)
    {
        await using var db = portal.Database.CreateContext();
        var now = DateTime.UtcNow;
        var articles = Enumerable.Range(1, count).Select(i =>
        {
            var (title, body, copyOf) = make(i);
            return new Article
            {
                Title = title, Body = body, Publisher = $"صحيفة {i}", PublishedOn = new DateOnly(1989, 4, 2).AddDays(i % 20), Language = "ar",
                ContentHash = Guid.NewGuid().ToString("N"), Url = $"https://test.invalid/{Guid.NewGuid():N}", SearchText = body,
                CopyOfArticleId = copyOf, FetchedAtUtc = now, CreatedAtUtc = now, UpdatedAtUtc = now,
            };
        }).ToList();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        return articles;
    }

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_timeline_card_lists_the_first_sources_and_links_to_the_rest()
    {
        var page = await Html.GetAsync(portal, "/timeline?" + InOurYear);

        var card = page.QuerySelector($"#event-{widelyReported.Id}")!;
        Assert.Equal(EventQueries.SourcesShown, card.QuerySelectorAll(".event-source").Length);
        var more = card.QuerySelector(".event-more-sources a")!;
        Assert.Equal("و993 مصدرًا آخر", more.Text());
        Assert.Equal($"/events/{widelyReported.Id}/sources", more.GetAttribute("href"));
        Assert.Equal("1003 مصادر", card.QuerySelector(".event-sources summary")!.Text());
    }

    [Fact]
    public async Task The_sources_page_shows_every_source_fifty_at_a_time()
    {
        var first = await Html.GetAsync(portal, $"/events/{widelyReported.Id}/sources");
        var last = await Html.GetAsync(portal, $"/events/{widelyReported.Id}/sources?p=21");

        Assert.Equal(50, first.QuerySelectorAll(".event-source").Length);
        Assert.Equal($"/events/{widelyReported.Id}/sources?p=2", first.QuerySelector(".sources-next")!.GetAttribute("href"));
        Assert.Equal(3, last.QuerySelectorAll(".event-source").Length);
        Assert.Null(last.QuerySelector(".sources-next"));
    }

    [Fact]
    public async Task The_events_api_counts_every_source_lists_ten_and_pages_all_of_them()
    {
        var events = await JsonAsync("/api/events?" + InOurYear);

        var ev = events.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == widelyReported.Id);
        Assert.Equal(EventQueries.SourcesShown, ev.GetProperty("sources").GetArrayLength());
        Assert.Equal(Reports, ev.GetProperty("sourceCount").GetInt32());
        var next = ev.GetProperty("sourcesUrl").GetString();
        Assert.Equal($"/api/events/{widelyReported.Id}/sources", next);
        var seen = new List<long>();
        var pages = 0;
        while (next is not null)
        {
            var page = await JsonAsync(next);
            Assert.Equal(Reports, page.GetProperty("total").GetInt32());
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 50);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("articleId").GetInt64()));
            next = page.GetProperty("next").GetString();
            pages++;
        }
        Assert.Equal(21, pages);
        Assert.Equal(Reports, seen.Distinct().Count());
        Assert.Equal(Reports, seen.Count);
    }

    [Fact]
    public async Task An_articles_copies_are_listed_twenty_at_a_time_with_the_rest_counted()
    {
        var first = await Html.GetAsync(portal, $"/articles/{copied.Id}");
        var third = await Html.GetAsync(portal, $"/articles/{copied.Id}?copies=3");

        Assert.Equal(20, first.QuerySelectorAll(".article-copies li:not(.article-more-copies)").Length);
        var more = first.QuerySelector(".article-more-copies a")!;
        Assert.Equal("و25 نسخةً أخرى", more.Text());
        Assert.Equal($"/articles/{copied.Id}?copies=2", more.GetAttribute("href"));
        Assert.Equal(5, third.QuerySelectorAll(".article-copies li:not(.article-more-copies)").Length);
        Assert.Null(third.QuerySelector(".article-more-copies"));
    }
}
