using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsPortal.Web.Tests.Pages;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Admin;

/// <summary>
/// An admin's decisions about the timeline, in Chromium: splitting a wrong merge and merging two
/// cards, marking an article off topic, and correcting a publish date that moves the article's events.
/// Signed in, pages are rendered fresh (no reader cache). This class's events are in 1994.
/// </summary>
[Collection(AdminFixtures.Name)]
public class TimelineDecisionBrowserTests(AdminPortal portal, Browser browser)
{
    private readonly ReaderData data = new(portal.Database);

    private Task<IPage> SignedInAsync() => AdminSessions.SignedInAsync(browser, portal, AdminPortal.AdminEmail);

    [Fact]
    public async Task An_admin_splits_a_report_off_a_card_and_merges_it_back_and_the_timeline_follows_each_time()
    {
        const string first = "التقى وزير الخارجية الروسي نظيره الكوري الشمالي في موسكو يوم 4 مايو 1994.";
        const string second = "قالت صحيفة ثانية إن وزيري الخارجية التقيا في موسكو.";
        var a = await data.ArticleAsync("لقاء وزيري الخارجية", first, new DateOnly(1994, 5, 4), publisher: "وكالة أولى");
        var b = await data.ArticleAsync("لقاء في موسكو", second, new DateOnly(1994, 5, 5), publisher: "صحيفة ثانية");
        var card = await data.EventAsync("meeting", new DateOnly(1994, 5, 4), "لقاء وزيري الخارجية في موسكو", [ReaderData.Russia, ReaderData.NorthKorea],
            [(a, first, "التقى"), (b, second, "التقيا")]);
        long secondReport;
        await using (var db = portal.Database.CreateContext())
        {
            secondReport = await db.EventMentions.Where(m => m.EventId == card.Id && m.ArticleId == b.Id).Select(m => m.Id).SingleAsync();
        }
        const string may = "/timeline?from=1994-05-01&to=1994-05-31";
        var page = await SignedInAsync();
        await page.GotoAsync(may);
        await Assertions.Expect(page.Locator("li.event-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#event-{card.Id} .event-sources summary")).ToHaveTextAsync("مصدران");

        await page.GotoAsync($"/admin/events/edit/{card.Id}");
        await page.Locator($"#report-{secondReport} .split-report").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"فُصل التقرير عن الحدث {card.Id}");
        long apart;
        await using (var db = portal.Database.CreateContext())
        {
            apart = await db.EventMentions.Where(m => m.Id == secondReport).Select(m => m.EventId).SingleAsync();
        }
        Assert.NotEqual(card.Id, apart);
        await page.GotoAsync(may);
        await Browser.ScreenshotAsync(page, "admin-split");
        await Assertions.Expect(page.Locator("li.event-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator($"#event-{apart} .event-sources summary")).ToHaveTextAsync("مصدر واحد");

        await page.GotoAsync($"/admin/events/edit/{apart}");
        await page.GetByLabel("دمج هذا الحدث في الحدث رقم").FillAsync(card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "دمج", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"دُمج الحدث {apart} في الحدث {card.Id}");
        await page.GotoAsync(may);
        await Browser.ScreenshotAsync(page, "admin-merge");
        await Assertions.Expect(page.Locator("li.event-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#event-{card.Id} .event-source")).ToHaveCountAsync(2);
        await using (var db = portal.Database.CreateContext())
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Target == $"event {card.Id}" || e.Target == $"event {apart}"));
        }
    }

    [Fact]
    public async Task An_article_marked_off_topic_leaves_the_default_timeline_for_all_events_and_comes_back_on_topic()
    {
        const string body = "استقبل الزعيم الكوري الشمالي وفدًا روسيًا في بيونغ يانغ يوم 9 يونيو 1994.";
        var article = await data.ArticleAsync("وفد روسي في بيونغ يانغ", body, new DateOnly(1994, 6, 9));
        var ev = await data.EventAsync("host", new DateOnly(1994, 6, 9), "استقبال وفد روسي في بيونغ يانغ", [ReaderData.Kim, ReaderData.Russia], [(article, body, "استقبل")]);
        const string june = "/timeline?from=1994-06-01&to=1994-06-30";
        var page = await SignedInAsync();

        await page.GotoAsync($"/admin/articles/topic/{article.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "خارج الموضوع" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"حُفظ قرار موضوع المقالة {article.Id}");
        await page.GotoAsync(june);
        await Assertions.Expect(page.Locator($"#event-{ev.Id}")).ToHaveCountAsync(0);
        await page.Locator(".scope-toggle").ClickAsync();
        await Browser.ScreenshotAsync(page, "admin-off-topic-under-all-events");
        await Assertions.Expect(page.Locator($"#event-{ev.Id}")).ToBeVisibleAsync();

        await page.GotoAsync($"/admin/articles/topic/{article.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "في الموضوع" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"حُفظ قرار موضوع المقالة {article.Id}");
        await page.GotoAsync(june);
        await Assertions.Expect(page.Locator($"#event-{ev.Id}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Correcting_an_undated_articles_publish_date_moves_its_events_from_the_undated_list_onto_the_timeline()
    {
        var file = Path.Combine(Path.GetTempPath(), $"undated-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, """
            وزير الزراعة الروسي في بيونغ يانغ لبحث توريد القمح

            وصل وزير الزراعة الروسي إلى العاصمة الكورية الشمالية بيونغ يانغ في زيارة رسمية لبحث توريد القمح والأسمدة.

            والتقى الوزير رئيس الوزراء الكوري الشمالي وبحث معه توسيع التعاون الزراعي بين البلدين.
            """);
        long id;
        try
        {
            await NewsPortal.Tests.Support.TestServices.WithAsync<NewsPortal.Ingestion.ImportRunner, NewsPortal.Ingestion.ImportReport>(portal.Services, i => i.ImportAsync([file], "test"));
            await using var db = portal.Database.CreateContext();
            id = await db.Articles.Where(a => a.Title.StartsWith("وزير الزراعة الروسي في بيونغ يانغ")).Select(a => a.Id).SingleAsync();
            var before = await db.EventMentions.Where(m => m.ArticleId == id).Select(m => m.Event!.DateStart).ToListAsync();
            Assert.NotEmpty(before);
            Assert.All(before, Assert.Null);
        }
        finally
        {
            File.Delete(file);
        }
        const string august = "/timeline?all=true&from=1994-08-01&to=1994-08-31";
        var page = await SignedInAsync();
        await page.GotoAsync(august);
        await Assertions.Expect(page.Locator($".event-source a[href='/articles/{id}']")).ToHaveCountAsync(0);

        await page.GotoAsync($"/admin/articles/edit/{id}");
        await page.GetByLabel("تاريخ النشر (سنة-شهر-يوم)").FillAsync("1994-08-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"حُفظت بيانات المقالة {id}");

        await page.GotoAsync(august);
        await Browser.ScreenshotAsync(page, "admin-date-correction-moves-events");
        await Assertions.Expect(page.Locator($".event-source a[href='/articles/{id}']").First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("li.event-card time").First).ToContainTextAsync("1994");
        await using (var check = portal.Database.CreateContext())
        {
            var after = await check.EventMentions.Where(m => m.ArticleId == id).Select(m => m.Event!.DateStart).ToListAsync();
            Assert.NotEmpty(after);
            Assert.All(after, d => Assert.Equal((1994, 8), (d!.Value.Year, d.Value.Month)));
        }
    }
}
