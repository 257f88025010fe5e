using NewsPortal.Model;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Timeline;

// Each test works in its own year so the shared portal's other events stay out of its way.
[Collection(PortalFixtures.Name)]
public class TimelinePageTests(PortalServer portal)
{
    private readonly ReaderData data = new(portal.Database);

    private async Task<NewsPortal.Model.Article> ArticleAsync(string body, DateOnly day) =>
        await data.ArticleAsync("خبر " + body[..Math.Min(body.Length, 30)], body, day);

    [Fact]
    public async Task Events_come_newest_first_grouped_by_year_and_month_with_dates_at_their_true_precision()
    {
        var a = await ArticleAsync("التقى بوتين كيم في فلاديفوستوك يوم 25 أبريل. وأعلن الطرفان خطة في يونيو. وشهد العام كله اتصالات.", new DateOnly(2019, 4, 26));
        var day = await data.EventAsync("meeting", new DateOnly(2019, 4, 25), "قمة أولى بين بوتين وكيم في فلاديفوستوك",
            [ReaderData.Putin, ReaderData.Kim], [(a, "التقى بوتين كيم في فلاديفوستوك يوم 25 أبريل.", "التقى")], location: ReaderData.Vladivostok);
        var month = await data.EventAsync("agreement", new DateOnly(2019, 6, 1), "إعلان خطة مشتركة في يونيو",
            [ReaderData.Russia, ReaderData.NorthKorea], [(a, "وأعلن الطرفان خطة في يونيو.", "خطة")], DatePrecision.Month);
        var year = await data.EventAsync("talks", new DateOnly(2019, 1, 1), "اتصالات على مدار العام",
            [ReaderData.Russia], [(a, "وشهد العام كله اتصالات.", "اتصالات")], DatePrecision.Year);
        var rejected = await data.EventAsync("visit", new DateOnly(2019, 5, 5), "حدث رفضه المحرر ولا يظهر",
            [ReaderData.Putin], [(a, "وأعلن الطرفان خطة في يونيو.", "خطة")], review: ReviewState.Rejected);

        var page = await Html.GetAsync(portal, "/timeline?from=2019-01-01&to=2019-12-31");

        var cards = page.QuerySelectorAll("li.event-card");
        Assert.Equal([$"event-{month.Id}", $"event-{day.Id}", $"event-{year.Id}"], cards.Select(c => c.Id));
        Assert.Equal("يونيو 2019", cards[0].QuerySelector("time")!.Text());
        Assert.Equal("25 أبريل 2019", cards[1].QuerySelector("time")!.Text());
        Assert.Equal("2019", cards[2].QuerySelector("time")!.Text());
        Assert.Equal("لقاء", cards[1].QuerySelector(".event-type")!.Text());
        Assert.Equal(["يونيو 2019", "أبريل 2019", "خلال العام"], page.QuerySelectorAll(".timeline-year h3").Select(h => h.Text()));
        Assert.Equal("2019", page.QuerySelector(".timeline-year h2")!.Text());
        var participants = cards[1].QuerySelectorAll("a.actor-link").Select(l => (l.GetAttribute("href"), l.Text())).ToList();
        Assert.Contains(("/actors/Q7747", "فلاديمير بوتين"), participants);
        Assert.Contains(("/actors/np:place/vladivostok", "فلاديفوستوك"), participants);
        Assert.DoesNotContain(page.QuerySelectorAll(".event-summary"), s => s.Text().Contains("رفضه", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("li.event-card"), c => c.Id == $"event-{rejected.Id}");
    }

    [Fact]
    public async Task Planned_alleged_and_denied_events_say_so_and_each_source_is_linked()
    {
        var first = await ArticleAsync("تعتزم موسكو إرسال وفد. وتزعم سيول نقل ذخائر. ونفى الكرملين وجود صفقة.", new DateOnly(2020, 3, 2));
        var second = await ArticleAsync("نقلت وكالة أخرى أن سيول تزعم نقل ذخائر عبر السكك.", new DateOnly(2020, 3, 3));
        var third = await ArticleAsync("صحيفة ثالثة: تزعم سيول نقل ذخائر إلى روسيا.", new DateOnly(2020, 3, 4));
        await data.EventAsync("visit", new DateOnly(2020, 3, 10), "وفد روسي مرتقب", [ReaderData.Russia], [(first, "تعتزم موسكو إرسال وفد.", "وفد")], status: EventStatus.Planned);
        var alleged = await data.EventAsync("arms_transfer", new DateOnly(2020, 3, 1), "نقل ذخائر بحسب سيول", [ReaderData.NorthKorea, ReaderData.Russia],
            [(first, "وتزعم سيول نقل ذخائر.", "نقل"), (second, "سيول تزعم نقل ذخائر عبر السكك.", "نقل"), (third, "تزعم سيول نقل ذخائر إلى روسيا.", "نقل")],
            status: EventStatus.Alleged);
        await data.EventAsync("agreement", new DateOnly(2020, 3, 2), "صفقة نفاها الكرملين", [ReaderData.Russia], [(first, "ونفى الكرملين وجود صفقة.", "صفقة")], status: EventStatus.Denied);

        var page = await Html.GetAsync(portal, "/timeline?from=2020-03-01&to=2020-03-31");

        Assert.Equal(["مخطط له", "نُفي", "مزعوم"], page.QuerySelectorAll(".event-status").Select(b => b.Text()));
        var card = page.GetElementById($"event-{alleged.Id}")!;
        Assert.Equal("3 مصادر", card.QuerySelector(".event-sources summary")!.Text());
        Assert.Equal(
            new[] { first.Id, second.Id, third.Id }.Select(id => $"/articles/{id}"),
            card.QuerySelectorAll(".event-sources a").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public async Task Filtering_by_an_actor_in_any_spelling_keeps_only_their_events_and_the_url_names_them_by_public_id()
    {
        var a = await ArticleAsync("زار شويغو بيونغ يانغ. واستقبل لافروف وفدا كوريا.", new DateOnly(2021, 7, 1));
        var shoiguVisit = await data.EventAsync("visit", new DateOnly(2021, 7, 1), "شويغو في بيونغ يانغ", [ReaderData.Shoigu, ReaderData.NorthKorea], [(a, "زار شويغو بيونغ يانغ.", "زار")]);
        await data.EventAsync("host", new DateOnly(2021, 7, 2), "لافروف يستقبل وفدا", ["np:person/sergey-lavrov"], [(a, "واستقبل لافروف وفدا كوريا.", "استقبل")]);

        foreach (var actor in new[] { "np:person/sergei-shoigu", "شويغو", "Shoigu", "لشويغو" })
        {
            var page = await Html.GetAsync(portal, $"/timeline?actor={Uri.EscapeDataString(actor)}&from=2021-01-01&to=2021-12-31");

            Assert.Equal([$"event-{shoiguVisit.Id}"], page.QuerySelectorAll("li.event-card").Select(c => c.Id));
            Assert.Equal("/actors/np:person/sergei-shoigu", page.QuerySelector(".active-actor a")!.GetAttribute("href"));
            // Links that keep the filters (feed, export) carry the public id, not the typed spelling.
            Assert.Contains("actor=np%3Aperson%2Fsergei-shoigu", page.QuerySelector("a[href^='/timeline/feed']")!.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_actor_matches_no_event_rather_than_being_ignored()
    {
        var page = await Html.GetAsync(portal, "/timeline?actor=" + Uri.EscapeDataString("شخص لا وجود له"));

        Assert.Empty(page.QuerySelectorAll("li.event-card"));
        Assert.Contains("لا نعرف فاعلًا باسم", page.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_status_and_source_filters_combine()
    {
        var wire = await data.SourceAsync("وكالة سلكية للاختبار");
        var other = await data.SourceAsync("موقع آخر للاختبار");
        var fromWire = await data.ArticleAsync("خبر الوكالة", "أطلقت بيونغ يانغ صاروخا. وزار وفد موسكو.", new DateOnly(2022, 2, 1), sourceId: wire.Id);
        var fromOther = await data.ArticleAsync("خبر الموقع", "أطلقت بيونغ يانغ صاروخا آخر.", new DateOnly(2022, 2, 2), sourceId: other.Id);
        var wanted = await data.EventAsync("missile_launch", new DateOnly(2022, 2, 1), "إطلاق من الوكالة", [ReaderData.NorthKorea], [(fromWire, "أطلقت بيونغ يانغ صاروخا.", "أطلقت")], status: EventStatus.Alleged);
        await data.EventAsync("missile_launch", new DateOnly(2022, 2, 2), "إطلاق من الموقع", [ReaderData.NorthKorea], [(fromOther, "أطلقت بيونغ يانغ صاروخا آخر.", "أطلقت")], status: EventStatus.Alleged);
        await data.EventAsync("visit", new DateOnly(2022, 2, 1), "زيارة من الوكالة", [ReaderData.Russia], [(fromWire, "وزار وفد موسكو.", "وزار")], status: EventStatus.Alleged);
        await data.EventAsync("missile_launch", new DateOnly(2022, 2, 3), "إطلاق مؤكد", [ReaderData.NorthKorea], [(fromWire, "أطلقت بيونغ يانغ صاروخا.", "أطلقت")]);

        var page = await Html.GetAsync(portal, $"/timeline?type=missile_launch&status=alleged&source={wire.Id}&from=2022-02&to=2022-02");

        Assert.Equal([$"event-{wanted.Id}"], page.QuerySelectorAll("li.event-card").Select(c => c.Id));
        Assert.Equal("missile_launch", page.QuerySelector("#f-type option[selected]")!.GetAttribute("value"));
        Assert.Equal("alleged", page.QuerySelector("#f-status option[selected]")!.GetAttribute("value"));
        Assert.Equal(wire.Id.ToString(), page.QuerySelector("#f-source option[selected]")!.GetAttribute("value"));
        Assert.Equal("2022-02-01", page.QuerySelector("#f-from")!.GetAttribute("value"));
        Assert.Equal("2022-02-28", page.QuerySelector("#f-to")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Paging_goes_on_after_the_last_event_shown_without_repeating_or_skipping_any()
    {
        var a = await ArticleAsync("جرت محادثات كثيرة خلال الشهر.", new DateOnly(2018, 5, 1));
        var ids = new List<long>();
        for (var i = 0; i < 35; i++)
        {
            // Several events share a day so the cursor must break ties by id.
            var ev = await data.EventAsync("talks", new DateOnly(2018, 5, 1 + (i / 3)), $"محادثات رقم {i}", [ReaderData.Russia], [(a, "جرت محادثات كثيرة خلال الشهر.", "محادثات")]);
            ids.Add(ev.Id);
        }

        var first = await Html.GetAsync(portal, "/timeline?from=2018-05-01&to=2018-05-31");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await Html.GetAsync(portal, next);

        var shown = first.QuerySelectorAll("li.event-card").Concat(second.QuerySelectorAll("li.event-card")).Select(c => long.Parse(c.Id!["event-".Length..])).ToList();
        Assert.Equal(30, first.QuerySelectorAll("li.event-card").Length);
        Assert.Equal(ids.OrderDescending(), shown);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Contains("from=2018-05-01", next, StringComparison.Ordinal);
        // The overview strip counts the month's events and links to it.
        var bar = first.QuerySelector(".month-strip a[title^='مايو 2018']")!;
        Assert.Equal("مايو 2018: 35 حدثًا", bar.GetAttribute("title"));
    }

    [Theory]
    [InlineData("/timeline?actor=%3Cscript%3Ealert(1)%3C/script%3E&from=garbage&to=2024-13-45&status=99&type=%27%20OR%201=1--&after=zz_yy&source=-1", 400)]
    [InlineData("/timeline?undated=true&after=notanumber", 400)]
    [InlineData("/timeline?type=nonsense", 400)]
    [InlineData("/?from=0001-01-01&to=9999-12-31", 200)]
    public async Task Hostile_or_malformed_filters_give_a_normal_page_that_names_what_it_could_not_read(string url, int status)
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("timeline-filters", html, StringComparison.Ordinal);
        Assert.Equal(status == 400, html.Contains("parameter-problems", StringComparison.Ordinal));
    }
}
