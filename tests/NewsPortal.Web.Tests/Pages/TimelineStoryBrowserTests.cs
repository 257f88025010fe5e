using Microsoft.Playwright;
using NewsPortal.Model;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages;

/// <summary>The timeline as a story in Chromium: merged sources, a reported-on date, the focus toggle, the dyad chart. This class's events are in 1995.</summary>
[Collection(PortalFixtures.Name)]
public class TimelineStoryBrowserTests(PortalServer portal, Browser browser) : IAsyncLifetime
{
    private const string In1995 = "from=1995-01-01&to=1995-12-31";
    private readonly ReaderData data = new(portal.Database);
    private static Event summit = null!;
    private static Event reported = null!;
    private static Event elsewhere = null!;
    private static bool seeded;

    public async Task InitializeAsync()
    {
        if (seeded)
        {
            return;
        }
        seeded = true;
        const string first = "استقبل الرئيس الروسي فلاديمير بوتين الزعيم كيم جونغ أون في مدينة فلاديفوستوك يوم 3 مارس 1995.";
        const string second = "أكدت صحيفة أخرى أن كيم جونغ أون التقى فلاديمير بوتين في فلاديفوستوك.";
        var a = await data.ArticleAsync("قمة فلاديفوستوك 1995", first, new DateOnly(1995, 3, 3), publisher: "وكالة الشرق");
        var b = await data.ArticleAsync("لقاء القمة في الصحافة", second, new DateOnly(1995, 3, 4), publisher: "صحيفة الغرب");
        summit = await data.EventAsync("meeting", new DateOnly(1995, 3, 3), "بوتين يستقبل كيم في فلاديفوستوك", [ReaderData.Putin, ReaderData.Kim],
            [(a, first, "استقبل"), (b, second, "التقى")]);
        const string praise = "أشاد وزير الخارجية الروسي بالتعاون مع كوريا الشمالية.";
        var c = await data.ArticleAsync("إشادة روسية", praise, new DateOnly(1995, 6, 9), publisher: "وكالة الشرق");
        reported = await data.EventAsync("praise", new DateOnly(1995, 6, 9), "إشادة روسية بالتعاون", [ReaderData.Russia, ReaderData.NorthKorea],
            [(c, praise, "أشاد")], basis: DateBasis.Reported);
        const string other = "زار رئيس وزراء اليابان بكين لبحث التجارة.";
        var d = await data.ArticleAsync("زيارة يابانية", other, new DateOnly(1995, 8, 1), publisher: "صحيفة الغرب");
        elsewhere = await data.EventAsync("visit", new DateOnly(1995, 8, 1), "زيارة يابانية إلى بكين", [ReaderData.Russia], [(d, other, "زار")], scope: EventScope.Other);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_happening_reported_by_two_outlets_is_one_card_listing_each_outlet_and_its_sentence()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/timeline?" + In1995);
        var card = page.Locator($"#event-{summit.Id}");
        await card.Locator(".event-sources summary").ClickAsync();
        await Browser.ScreenshotAsync(page, "timeline-merged-card");

        await Assertions.Expect(card.Locator(".event-sources summary")).ToHaveTextAsync("مصدران");
        await Assertions.Expect(card.Locator(".event-source")).ToHaveCountAsync(2);
        await Assertions.Expect(card.Locator(".event-source").Nth(1)).ToContainTextAsync("صحيفة الغرب");
        await Assertions.Expect(card.Locator(".event-evidence").Nth(1)).ToContainTextAsync("أكدت صحيفة أخرى");
        await Assertions.Expect(card.Locator(".event-acting")).ToHaveTextAsync("فلاديمير بوتين");
        await Assertions.Expect(card.Locator(".event-acted-on")).ToContainTextAsync("كيم");
        await Assertions.Expect(card.Locator(".event-cameo")).ToContainTextAsync("CAMEO 040");
    }

    [Fact]
    public async Task An_event_with_no_date_of_its_own_shows_the_day_it_was_reported_as_such_and_filters_apart()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/timeline?dated=reported&" + In1995);
        await Browser.ScreenshotAsync(page, "timeline-reported-on");

        await Assertions.Expect(page.Locator($"#event-{reported.Id} time")).ToHaveTextAsync("ورد في خبر بتاريخ 9 يونيو 1995");
        await Assertions.Expect(page.Locator($"#event-{summit.Id}")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Events_outside_the_focus_are_one_click_away_under_all_events()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/timeline?" + In1995);
        await Assertions.Expect(page.Locator($"#event-{elsewhere.Id}")).ToHaveCountAsync(0);

        await page.Locator(".scope-toggle").ClickAsync();
        await Browser.ScreenshotAsync(page, "timeline-all-events");

        await Assertions.Expect(page.Locator($"#event-{elsewhere.Id}")).ToBeVisibleAsync();
        Assert.Contains("all=true", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("كل الأحداث");
    }

    [Fact]
    public async Task The_two_actor_view_counts_what_passes_between_them_per_month_with_their_people_rolled_up()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/timeline?actor=Q423&actor=Q159&mode=between&" + In1995);
        await Browser.ScreenshotAsync(page, "timeline-dyad");

        // Putin and Kim stand for their countries: the summit is between Russia and North Korea.
        await Assertions.Expect(page.Locator($"#event-{summit.Id}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#event-{reported.Id}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".dyad-chart rect")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".dyad-chart rect.quad-1").First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator(".rollup-note")).ToContainTextAsync("كوريا الشمالية");
    }
}
