using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Timeline;

/// <summary>The undated list: newest article first, and every link to an undated event lands on its card. Each test narrows to a source of its own.</summary>
[Collection(PortalFixtures.Name)]
public class UndatedListTests(PortalServer portal)
{
    private readonly ReaderData data = new(portal.Database);

    [Fact]
    public async Task Undated_events_are_listed_by_the_date_of_the_article_that_reports_them_not_by_when_they_were_stored()
    {
        var source = await data.SourceAsync("مصدر القائمة غير المؤرخة");
        const string older = "قالت مصادر إن وفدًا روسيًا زار بيونغ يانغ في وقت ما.";
        const string newer = "ذكرت الصحيفة أن الجانبين بحثا التعاون الزراعي.";
        var a = await data.ArticleAsync("خبر أحدث", newer, new DateOnly(1993, 7, 1), sourceId: source.Id);
        var b = await data.ArticleAsync("خبر أقدم", older, new DateOnly(1992, 2, 1), sourceId: source.Id);
        // Stored first, reported last: it still comes first.
        var fromNewer = await data.EventAsync("talks", null, "محادثات زراعية", [ReaderData.Russia], [(a, newer, "بحثا")]);
        var fromOlder = await data.EventAsync("visit", null, "زيارة وفد روسي", [ReaderData.Russia], [(b, older, "زار")]);

        var page = await Html.GetAsync(portal, $"/timeline?undated=true&source={source.Id}");

        Assert.Equal([$"event-{fromNewer.Id}", $"event-{fromOlder.Id}"], page.QuerySelectorAll("li.event-card").Select(c => c.Id));
    }

    [Fact]
    public async Task The_next_page_of_the_undated_list_goes_on_after_the_last_card_without_repeating_or_skipping_any()
    {
        var source = await data.SourceAsync("مصدر صفحات غير المؤرخة");
        const string body = "جرت اتصالات بين الجانبين.";
        var ids = new List<long>();
        for (var i = 0; i < 33; i++)
        {
            // Three articles a day: the cursor breaks ties by id.
            var article = await data.ArticleAsync($"اتصالات {i}", body, new DateOnly(1992, 3, 1 + (i / 3)), sourceId: source.Id);
            ids.Add((await data.EventAsync("talks", null, $"اتصالات رقم {i}", [ReaderData.Russia], [(article, body, "اتصالات")])).Id);
        }

        var first = await Html.GetAsync(portal, $"/timeline?undated=true&source={source.Id}");
        var second = await Html.GetAsync(portal, first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        var shown = first.QuerySelectorAll("li.event-card").Concat(second.QuerySelectorAll("li.event-card")).Select(c => long.Parse(c.Id!["event-".Length..])).ToList();
        Assert.Equal(ids.AsEnumerable().Reverse(), shown);
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task An_articles_link_to_its_undated_event_lands_on_that_events_card()
    {
        const string body = "أعلن مسؤول أن الجانبين سيبحثان ملف الطاقة.";
        var article = await data.ArticleAsync("ملف الطاقة", body, publishedOn: null);
        var ev = await data.EventAsync("talks", null, "بحث ملف الطاقة", [ReaderData.Russia, ReaderData.NorthKorea], [(article, body, "سيبحثان")]);

        var articlePage = await Html.GetAsync(portal, $"/articles/{article.Id}");
        var link = articlePage.QuerySelectorAll(".article-events a").Single(a => a.GetAttribute("href")!.EndsWith($"#event-{ev.Id}", StringComparison.Ordinal)).GetAttribute("href")!;
        var timeline = await Html.GetAsync(portal, link);

        Assert.NotNull(timeline.QuerySelector($"li.event-card#event-{ev.Id}"));
    }
}
