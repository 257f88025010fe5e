using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsPortal.Model;
using NewsPortal.Tests.Ingestion;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Admin;

/// <summary>What an admin does in Chromium, against a local news site served on 127.0.0.1.</summary>
[Collection(AdminFixtures.Name)]
public class AdminBrowserTests(AdminPortal portal, Browser browser) : IAsyncLifetime
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    private readonly NewsSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private Task<IPage> SignedInAsync(string email) => AdminSessions.SignedInAsync(browser, portal, email);

    private static async Task WaitForRunToFinishAsync(IPage page)
    {
        await page.WaitForURLAsync("**/admin/runs/*");
        await Assertions.Expect(page.Locator("#run-progress-bar"))
            .ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = (float)RunTimeout.TotalMilliseconds });
        await Assertions.Expect(page.Locator("#run-state")).ToHaveTextAsync("اكتملت", new() { Timeout = (float)RunTimeout.TotalMilliseconds });
        // The page reloads itself once when the run ends (end time, failed items); wait for that page.
        await Assertions.Expect(page.Locator("#run-progress[data-live='false']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    [Fact]
    public async Task An_admin_adds_a_feed_runs_it_watches_the_progress_reach_100_percent_sees_the_failures_and_reingests_it()
    {
        var page = await SignedInAsync(AdminPortal.AdminEmail);
        var feed = site.At("/rss.xml").AbsoluteUri;

        await page.GotoAsync("/admin/sources/edit");
        await page.GetByLabel("الاسم", new() { Exact = true }).FillAsync("أخبار تجريبية");
        await page.GetByLabel("النوع").SelectOptionAsync("Feed");
        await page.GetByLabel("الرابط").FillAsync(feed);
        // Disabled, so the scheduler does not start it before the admin does.
        await page.GetByLabel("مفعّل (يُجلب تلقائيًا حسب الفاصل)").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/sources");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("أُضيف المصدر");

        var row = page.Locator("tr", new() { HasText = "أخبار تجريبية" });
        await row.GetByRole(AriaRole.Button, new() { Name = "جلب الآن" }).ClickAsync();
        await WaitForRunToFinishAsync(page);
        await Browser.ScreenshotAsync(page, "admin-run");
        // The feed itself, then its six entries: three stories, a 503, a 404 and a page with no article.
        Assert.Equal("7", await page.Locator("#run-total").TextContentAsync());
        Assert.Equal("4", await page.Locator("#run-done").TextContentAsync());

        await page.GotoAsync("/admin/items");
        await Browser.ScreenshotAsync(page, "admin-failed-items");
        var broken = page.Locator("tr", new() { Has = page.Locator(".item-target", new() { HasText = site.At("/broken").AbsoluteUri }) });
        await Assertions.Expect(broken.Locator(".item-error")).ToContainTextAsync("503");
        await Assertions.Expect(broken).ToContainTextAsync("موقوف بعد المحاولات");
        var missing = page.Locator("tr", new() { Has = page.Locator(".item-target", new() { HasText = site.At("/news/deleted").AbsoluteUri }) });
        await Assertions.Expect(missing.Locator(".item-error")).ToContainTextAsync("404");

        // Re-ingest the source from the kept pages.
        await page.GotoAsync("/admin/sources");
        await page.Locator("tr", new() { HasText = "أخبار تجريبية" }).GetByRole(AriaRole.Link, new() { Name = "إعادة المعالجة" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ابدأ" }).ClickAsync();
        await WaitForRunToFinishAsync(page);
        Assert.Equal("3", await page.Locator("#run-total").TextContentAsync());

        await page.GotoAsync("/admin/audit");
        var log = page.Locator("table.audit-log");
        await Assertions.Expect(log).ToContainTextAsync("source.add");
        await Assertions.Expect(log).ToContainTextAsync("source.run");
        await Assertions.Expect(log).ToContainTextAsync("reingest.reextract");
        await Assertions.Expect(log).ToContainTextAsync(AdminPortal.AdminEmail);
    }

    [Fact]
    public async Task A_feed_url_that_is_not_a_feed_or_not_reachable_or_not_http_is_refused_with_a_message_and_nothing_is_saved()
    {
        var page = await SignedInAsync(AdminPortal.AdminEmail);
        (string Url, string Message)[] cases =
        [
            (site.At("/not-a-feed").AbsoluteUri, "ليس موجز"),
            (site.At("/news/deleted").AbsoluteUri, "تعذّر الوصول"),
            ("ftp://example.com/rss.xml", "http://"),
            ("javascript:alert(1)", "http://"),
            (new string('x', 10_000), "أطول من 2048"),
        ];
        foreach (var (url, message) in cases)
        {
            await page.GotoAsync("/admin/sources/edit");
            await page.GetByLabel("الاسم", new() { Exact = true }).FillAsync("مصدر مرفوض");
            // As a hand-made request would send it: past the field's maxlength.
            await page.EvalOnSelectorAsync("#Location", "(e, v) => { e.removeAttribute('maxlength'); e.value = v; }", url);
            var response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync(), r => r.Request.Method == "POST");

            Assert.Equal(200, response.Status);
            await Assertions.Expect(page.Locator("span.text-danger", new() { HasText = message })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("الاسم", new() { Exact = true })).ToHaveValueAsync("مصدر مرفوض");
        }
        await Browser.ScreenshotAsync(page, "admin-source-refused");

        await using var db = portal.Database.CreateContext();
        Assert.False(await db.Sources.AnyAsync(s => s.Name == "مصدر مرفوض"));
    }

    [Fact]
    public async Task Hostile_form_input_and_unknown_ids_get_a_clear_message_never_a_server_error()
    {
        var page = await SignedInAsync(AdminPortal.AdminEmail);

        await page.GotoAsync("/admin/sources/edit");
        await page.GetByLabel("الاسم", new() { Exact = true }).FillAsync("<script>alert(1)</script>");
        await page.GetByLabel("الرابط").FillAsync(site.At("/rss.xml").AbsoluteUri);
        await page.EvalOnSelectorAsync("#IntervalMinutes", "e => { e.type = 'text'; e.value = 'abc'; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync();
        await Assertions.Expect(page.Locator("span.text-danger", new() { HasText = "لا يقبل" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("span.text-danger", new() { HasText = "غير صالحة" })).ToBeVisibleAsync();

        foreach (var (url, message) in new[]
        {
            ("/admin/sources/edit/99999999", "لا يوجد مصدر"),
            ("/admin/runs/99999999", "لا توجد عملية"),
            ("/admin/actors/edit/99999999", "لا يوجد فاعل"),
            ("/admin/events/edit/99999999", "لا يوجد حدث"),
            ("/admin/reingest?article=99999999", "لا توجد مقالة"),
        })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        }

        long eventId;
        await using (var db = portal.Database.CreateContext())
        {
            eventId = await db.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        }
        await page.GotoAsync($"/admin/events/edit/{eventId}");
        await page.EvalOnSelectorAsync("#Date", "e => { e.type = 'text'; e.value = '2024-13-45'; }");
        await page.GetByLabel("المشاركون", new() { Exact = false }).FillAsync("<script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ التصحيح" }).ClickAsync();
        await Assertions.Expect(page.Locator("span.text-danger", new() { HasText = "التاريخ غير صالح" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("span.text-danger", new() { HasText = "لا يوجد فاعل باسم" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("script", new() { HasText = "alert(1)" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_anonymous_visit_to_admin_is_redirected_to_login_and_an_anonymous_post_does_nothing()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/admin/sources");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("تسجيل دخول المشرفين");

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BaseAddress };
        var post = await client.PostAsync("/admin/items?handler=RetryAll", new FormUrlEncodedContent([]));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/login", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        var progress = await client.GetAsync("/admin/runs/1/progress");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, progress.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_who_is_not_an_admin_is_refused_everywhere_under_admin()
    {
        var page = await SignedInAsync(AdminPortal.EditorEmail);
        await page.GotoAsync("/admin");
        Assert.Contains("/account/denied", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("غير مسموح");

        var post = await page.APIRequest.PostAsync("/admin/items?handler=RetryAll", new() { MaxRedirects = 0 });
        Assert.Equal(302, post.Status);
        Assert.Contains("/account/denied", post.Headers["location"], StringComparison.Ordinal);
        await using var db = portal.Database.CreateContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.User == AdminPortal.EditorEmail));
    }

    [Fact]
    public async Task An_admin_adds_and_removes_an_alias_and_is_offered_a_retag()
    {
        var page = await SignedInAsync(AdminPortal.AdminEmail);
        await page.GotoAsync("/admin/actors?q=" + Uri.EscapeDataString("بوتين"));
        await page.Locator("table.admin-actors").GetByRole(AriaRole.Link, new() { Name = "فلاديمير بوتين", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/actors/edit/*");

        await page.GetByLabel("تهجئة جديدة").FillAsync("بوتين الكرملين الرئاسي");
        await page.GetByRole(AriaRole.Button, new() { Name = "إضافة التهجئة" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("أُضيفت التهجئة");
        await Assertions.Expect(page.Locator("#offer-retag")).ToBeVisibleAsync();
        var alias = page.Locator("tr[data-alias='بوتين الكرملين الرئاسي']");
        await Assertions.Expect(alias).ToContainTextAsync("مشرف");

        await alias.GetByRole(AriaRole.Button, new() { Name = "إيقاف" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("أُوقفت التهجئة");
        await Assertions.Expect(page.Locator("tr[data-alias='بوتين الكرملين الرئاسي']")).ToContainTextAsync("موقوفة");
        await Browser.ScreenshotAsync(page, "admin-actor");

        await using var db = portal.Database.CreateContext();
        var row = await db.ActorAliases.SingleAsync(a => a.Text == "بوتين الكرملين الرئاسي");
        Assert.True(row.AddedByAdmin && row.Suppressed);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "actor.alias-remove" && a.Details == "بوتين الكرملين الرئاسي"));
    }

    [Fact]
    public async Task An_admin_rejects_an_event_and_it_stays_rejected_after_the_article_is_retagged()
    {
        long eventId, articleId;
        await using (var db = portal.Database.CreateContext())
        {
            // The first card of the review page (newest date first).
            var mention = await db.EventMentions.Include(m => m.Event)
                .Where(m => m.Event!.Review == ReviewState.Unreviewed && m.Event.Mentions.Count == 1)
                .OrderByDescending(m => m.Event!.DateStart).ThenByDescending(m => m.EventId).FirstAsync();
            (eventId, articleId) = (mention.EventId, mention.ArticleId);
        }
        var page = await SignedInAsync(AdminPortal.AdminEmail);
        await page.GotoAsync("/admin/events");
        var card = page.Locator($"#review-event-{eventId}");
        await Assertions.Expect(card.Locator(".evidence a")).ToHaveAttributeAsync("href", $"/articles/{articleId}");
        await card.GetByRole(AriaRole.Button, new() { Name = "رفض" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"رُفض الحدث {eventId}");
        await Assertions.Expect(page.Locator($"#review-event-{eventId}")).ToHaveCountAsync(0);

        // From the article page's admin link: re-tag only that article.
        await page.GotoAsync($"/articles/{articleId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "إعادة معالجة هذه المقالة (للمشرفين)" }).ClickAsync();
        await page.GetByLabel("إعادة الوسم من النص المخزن فقط").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ابدأ" }).ClickAsync();
        await WaitForRunToFinishAsync(page);

        await using (var db = portal.Database.CreateContext())
        {
            var rejected = await db.EventDecisions.Where(d => d.Action == DecisionAction.Reject).Select(d => d.Fingerprint).ToListAsync();
            var reports = await db.EventMentions.Include(m => m.Event).Where(m => m.ArticleId == articleId && rejected.Contains(m.Fingerprint)).ToListAsync();
            Assert.NotEmpty(reports);
            Assert.All(reports, m => Assert.Equal(ReviewState.Rejected, m.Event!.Review));
        }
        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.Locator("table.audit-log")).ToContainTextAsync($"event {eventId}");
        await Assertions.Expect(page.Locator("table.audit-log")).ToContainTextAsync("reingest.retag");
    }

    [Fact]
    public async Task An_admin_cancels_a_running_run_and_its_waiting_items_are_skipped_not_processed()
    {
        long runId;
        await using (var db = portal.Database.CreateContext())
        {
            // Items due in an hour: the worker leaves them waiting while the admin looks at the run.
            var later = DateTime.UtcNow.AddHours(1);
            var run = new NewsPortal.Model.IngestionRun
            {
                Kind = NewsPortal.Model.RunKind.Retag, State = NewsPortal.Model.RunState.Running, RequestedBy = "test",
                CreatedAtUtc = DateTime.UtcNow, StartedAtUtc = DateTime.UtcNow,
            };
            run.Items.AddRange(Enumerable.Range(1, 3).Select(i => new NewsPortal.Model.IngestionItem
            {
                Kind = NewsPortal.Model.ItemKind.Retag, ArticleId = i, NextAttemptAtUtc = later,
                CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            }));
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync();
            runId = run.Id;
        }
        var page = await SignedInAsync(AdminPortal.AdminEmail);
        await page.GotoAsync($"/admin/runs/{runId}");
        await Assertions.Expect(page.Locator("#run-pending")).ToHaveTextAsync("3");

        await page.GetByRole(AriaRole.Button, new() { Name = "إلغاء العملية" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("أُلغيت العملية");
        await Assertions.Expect(page.Locator("#run-state")).ToHaveTextAsync("أُلغيت");
        await Assertions.Expect(page.Locator("#run-pending")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "إلغاء العملية" })).ToHaveCountAsync(0);
        await using (var db = portal.Database.CreateContext())
        {
            Assert.All(await db.IngestionItems.Where(i => i.RunId == runId).ToListAsync(),
                i => Assert.Equal((NewsPortal.Model.ItemState.Skipped, 0), (i.State, i.Attempts)));
        }
    }

    [Fact]
    public async Task An_admin_sets_the_publish_date_of_an_undated_article_from_its_page_and_a_malformed_date_is_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"undated-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, """
            وفد برلماني روسي يزور بيونغ يانغ لبحث التعاون الزراعي

            وصل وفد برلماني روسي إلى العاصمة الكورية الشمالية يوم الثلاثاء في زيارة يبحث خلالها توسيع التعاون في الزراعة والري وتبادل البذور.

            وقال رئيس الوفد إن الجانبين سيوقعان مذكرة تفاهم قبل نهاية الزيارة التي تستمر أربعة أيام.
            """);
        long id;
        try
        {
            await NewsPortal.Tests.Support.TestServices.WithAsync<NewsPortal.Ingestion.ImportRunner, NewsPortal.Ingestion.ImportReport>(portal.Services, i => i.ImportAsync([file], "test"));
            await using var db = portal.Database.CreateContext();
            id = await db.Articles.Where(a => a.Title.StartsWith("وفد برلماني روسي")).Select(a => a.Id).SingleAsync();
        }
        finally
        {
            File.Delete(file);
        }
        var page = await SignedInAsync(AdminPortal.AdminEmail);
        await page.GotoAsync($"/articles/{id}");
        await Assertions.Expect(page.Locator("article header time")).ToHaveTextAsync("تاريخ غير معروف");

        await page.GetByRole(AriaRole.Link, new() { Name = "تصحيح العنوان والناشر والرابط وتاريخ النشر" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/articles/edit/{id}");
        await page.GetByLabel("تاريخ النشر (سنة-شهر-يوم)").FillAsync("2024-02-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Published']")).ToContainTextAsync("تاريخ النشر غير صالح");

        await page.GetByLabel("تاريخ النشر (سنة-شهر-يوم)").FillAsync("2024-08-15");
        await page.GetByLabel("الناشر").FillAsync("وكالة تجريبية");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"حُفظت بيانات المقالة {id}");
        await Browser.ScreenshotAsync(page, "admin-article-edit");

        await page.GotoAsync($"/articles/{id}");
        await Assertions.Expect(page.Locator("article header time")).ToHaveAttributeAsync("datetime", "2024-08-15");
        await Assertions.Expect(page.Locator("article header")).ToContainTextAsync("حدّده محرر");
        await Assertions.Expect(page.Locator("article header")).ToContainTextAsync("وكالة تجريبية");
        await using (var db = portal.Database.CreateContext())
        {
            Assert.Equal(1, await db.ArticleDecisions.CountAsync(d => d.ArticleId == id && d.PublishedOn == new DateOnly(2024, 8, 15)));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "article.correct" && e.Target == $"article {id}"));
            // "يوم الثلاثاء" of a Thursday's article: the Tuesday two days before, dated at once.
            Assert.Contains(new DateOnly(2024, 8, 13), await db.DateMentions.Where(d => d.ArticleId == id).Select(d => d.ValueStart).ToListAsync());
        }
    }
}
