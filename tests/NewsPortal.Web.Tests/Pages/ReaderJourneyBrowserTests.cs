using Microsoft.Playwright;
using NewsPortal.Model;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages;

/// <summary>What a reader does in Chromium: timeline, actor filter, search by a spelling variant, actor page, tagged article.</summary>
[Collection(PortalFixtures.Name)]
public class ReaderJourneyBrowserTests(PortalServer portal, Browser browser) : IAsyncLifetime
{
    private const string VostochnyBody =
        "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى قاعدة فوستوتشني الفضائية حيث التقى الرئيس الروسي فلاديمير بوتين يوم 13 سبتمبر 2023.\n\n"
        + "وقال الكرملين إن المحادثات تناولت التعاون العسكري.";

    private readonly ReaderData data = new(portal.Database);
    // xunit builds the class for every test: the story is inserted once per run.
    private static NewsPortal.Model.Article vostochny = null!;
    private static Event summit = null!;
    private static bool seeded;

    public async Task InitializeAsync()
    {
        if (seeded)
        {
            return;
        }
        seeded = true;
        vostochny = await data.ArticleAsync("قمة فوستوتشني", VostochnyBody, new DateOnly(2023, 9, 13), publisher: "وكالة المتصفح",
            mentions: [(ReaderData.Kim, "كيم جونغ أون"), ("np:place/vostochny-cosmodrome", "قاعدة فوستوتشني الفضائية"), (ReaderData.Putin, "فلاديمير بوتين")]);
        await data.DateMentionAsync(vostochny, "13 سبتمبر 2023", new DateOnly(2023, 9, 13));
        var copy = await data.ArticleAsync("قمة فوستوتشني (نقلًا عن وكالة)", VostochnyBody, new DateOnly(2023, 9, 14), publisher: "صحيفة ناقلة", copyOf: vostochny.Id,
            mentions: [(ReaderData.Kim, "كيم جونغ أون"), (ReaderData.Putin, "فلاديمير بوتين")]);
        summit = await data.EventAsync("meeting", new DateOnly(2023, 9, 13), "التقى كيم جونغ أون الرئيس بوتين في قاعدة فوستوتشني الفضائية",
            [ReaderData.Kim, ReaderData.Putin],
            [(vostochny, "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى قاعدة فوستوتشني الفضائية حيث التقى الرئيس الروسي فلاديمير بوتين يوم 13 سبتمبر 2023.", "التقى"),
             (copy, "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى قاعدة فوستوتشني الفضائية حيث التقى الرئيس الروسي فلاديمير بوتين يوم 13 سبتمبر 2023.", "التقى")],
            location: "np:place/vostochny-cosmodrome");
        var planned = await data.ArticleAsync("زيارة مرتقبة", "أعلن الكرملين أن كيم جونغ أون سيزور موسكو في العام المقبل.", new DateOnly(2024, 11, 1),
            mentions: [(ReaderData.Kim, "كيم جونغ أون")]);
        await data.EventAsync("visit", new DateOnly(2025, 1, 1), "زيارة مرتقبة لكيم جونغ أون إلى موسكو", [ReaderData.Kim, ReaderData.Russia],
            [(planned, "أعلن الكرملين أن كيم جونغ أون سيزور موسكو في العام المقبل.", "سيزور")], DatePrecision.Year, EventStatus.Planned);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reader_opens_the_timeline_and_filters_it_by_an_actor_then_goes_back()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/");
        await Browser.ScreenshotAsync(page, "timeline");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        var card = page.Locator($"#event-{summit.Id}");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("time")).ToHaveTextAsync("13 سبتمبر 2023");
        await Assertions.Expect(card.Locator(".event-sources summary")).ToHaveTextAsync("مصدران");
        Assert.True(await page.Locator(".month-strip a").CountAsync() > 0);

        await page.GetByLabel("فاعل").FillAsync("بوتين");
        await page.GetByLabel("من تاريخ").FillAsync("2023-01-01");
        await page.GetByLabel("إلى تاريخ").FillAsync("2023-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "تصفية" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("actor=", StringComparison.Ordinal));
        await Browser.ScreenshotAsync(page, "timeline-filtered");

        Assert.Contains("actor=Q7747", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator($"#event-{summit.Id}")).ToBeVisibleAsync();
        var cards = page.Locator("li.event-card");
        for (var i = 0; i < await cards.CountAsync(); i++)
        {
            Assert.Contains("/actors/Q7747", await cards.Nth(i).Locator("a.actor-link").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))"));
        }

        await page.GoBackAsync();
        Assert.DoesNotContain("actor=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_searches_a_spelling_the_article_does_not_use_and_finds_it_marked()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/search");

        await page.GetByLabel("كلمات أو اسم فاعل بأي تهجئة").FillAsync("كيم جونج أون فوستوتشني");
        await page.GetByLabel("كلمات أو اسم فاعل بأي تهجئة").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        await Browser.ScreenshotAsync(page, "search");

        var result = page.Locator(".search-results li").Filter(new() { Has = page.Locator($"a[href='/articles/{vostochny.Id}']") });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result.Locator("mark.hit").First).ToHaveTextAsync("كيم جونغ أون");
    }

    [Fact]
    public async Task A_reader_goes_from_an_event_to_the_actor_page()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/timeline?from=2023-09-01&to=2023-09-30");

        await page.Locator($"#event-{summit.Id} a.actor-link", new() { HasText = "كيم جونغ أون" }).ClickAsync();
        await page.WaitForURLAsync("**/actors/Q56226");
        await Browser.ScreenshotAsync(page, "actor");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("كيم جونغ أون");
        await Assertions.Expect(page.Locator($"#event-{summit.Id}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".co-mentioned")).ToContainTextAsync("فلاديمير بوتين");
    }

    [Fact]
    public async Task A_reader_opens_an_article_and_a_tag_explains_itself_on_focus()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync($"/articles/{vostochny.Id}");

        var kim = page.Locator(".article-body mark.tag-actor").First;
        await Assertions.Expect(kim).ToHaveAttributeAsync("title", "كيم جونغ أون — شخص");
        var trigger = page.Locator(".article-body mark.tag-event");
        await trigger.FocusAsync();
        var tip = await trigger.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        await Browser.ScreenshotAsync(page, "article-tags");

        Assert.Contains("حدث: لقاء (13 سبتمبر 2023)", tip, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".article-body mark.tag-date")).ToHaveAttributeAsync("title", "تاريخ: 13 سبتمبر 2023");
        await Assertions.Expect(page.Locator(".article-copies")).ToContainTextAsync("صحيفة ناقلة");
    }
}
