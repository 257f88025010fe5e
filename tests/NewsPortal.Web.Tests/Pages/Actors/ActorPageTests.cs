using System.Net;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Actors;

[Collection(PortalFixtures.Name)]
public class ActorPageTests(PortalServer portal)
{
    private readonly ReaderData data = new(portal.Database);

    [Fact]
    public async Task An_actor_page_shows_names_roles_events_co_mentioned_actors_and_latest_articles()
    {
        // Choe Son Hui: no other test tags her, so the counts are this test's own.
        const string choe = "np:person/choe-son-hui";
        var first = await data.ArticleAsync("تشوي في موسكو", "التقت تشوي سون هوي الوزير سيرغي لافروف في موسكو.", new DateOnly(2015, 11, 2),
            mentions: [(choe, "تشوي سون هوي"), ("np:person/sergey-lavrov", "سيرغي لافروف")]);
        var second = await data.ArticleAsync("تشوي ولافروف مجددا", "عادت تشوي سون هوي للقاء سيرغي لافروف ثم بوتين.", new DateOnly(2015, 12, 5),
            mentions: [(choe, "تشوي سون هوي"), ("np:person/sergey-lavrov", "سيرغي لافروف"), (ReaderData.Putin, "بوتين")]);
        var meeting = await data.EventAsync("meeting", new DateOnly(2015, 11, 2), "تشوي تلتقي لافروف", [choe, "np:person/sergey-lavrov"],
            [(first, "التقت تشوي سون هوي الوزير سيرغي لافروف في موسكو.", "التقت")]);

        var page = await Html.GetAsync(portal, "/actors/" + choe);

        Assert.StartsWith("تشوي سون هوي", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal("شخص", page.QuerySelector(".actor-kind")!.Text());
        Assert.Contains("شوي سون هوي", page.QuerySelector(".actor-aliases")!.Text(), StringComparison.Ordinal);
        Assert.Equal([$"event-{meeting.Id}"], page.QuerySelectorAll("li.event-card").Select(c => c.Id));
        var co = page.QuerySelectorAll(".co-mentioned li").Select(li => li.Text()).ToList();
        Assert.Equal(["سيرغي لافروف (مقالتان)", "فلاديمير بوتين (مقالة واحدة)"], co);
        Assert.Equal([$"/articles/{second.Id}", $"/articles/{first.Id}"], page.QuerySelectorAll(".latest-articles li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["نوفمبر 2015: مقالة واحدة", "ديسمبر 2015: مقالة واحدة"], page.QuerySelectorAll(".month-strip a").Select(a => a.GetAttribute("title")));
    }

    [Fact]
    public async Task An_actor_with_a_verified_wikidata_id_is_found_by_it()
    {
        var page = await Html.GetAsync(portal, "/actors/Q7747");

        Assert.StartsWith("فلاديمير بوتين", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".actor-roles li"));
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("en", "ltr")]
    public async Task Each_role_keeps_its_title_and_its_years_in_their_own_direction(string culture, string direction)
    {
        // An English title between Arabic words and years scrambles unless each run is isolated on its own.
        using var client = portal.CreateClient();
        await client.GetAsync(new Uri("/language?culture=" + culture + "&returnUrl=%2F", UriKind.Relative));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/actors/Q7747", UriKind.Relative)));

        var roles = page.QuerySelectorAll(".actor-roles li");
        Assert.NotEmpty(roles);
        foreach (var role in roles)
        {
            var title = role.QuerySelector("bdi.role-title");
            var years = role.QuerySelector("bdi.role-dates");
            Assert.NotNull(title);
            Assert.NotNull(years);
            Assert.Equal(("en", "ltr"), (title.GetAttribute("lang"), title.GetAttribute("dir")));
            Assert.Equal((culture, direction), (years.GetAttribute("lang"), years.GetAttribute("dir")));
            // The brackets sit inside the isolate, so they follow the range and not the title.
            Assert.Matches(@"^\((\d{4}|\?|؟) – (\d{4}|now|الآن)\)$", years.TextContent);
            Assert.Equal([title, years], role.Children);
        }
    }

    [Fact]
    public async Task An_unknown_actor_is_not_found()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/actors/np:person/nobody-at-all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("غير موجودة", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/timeline']"));
    }

    [Theory]
    [InlineData("Shoigu", "np:person/sergei-shoigu")]
    [InlineData("شويغ", "np:person/sergei-shoigu")]
    [InlineData("لبوتين", "Q7747")]
    public async Task The_actor_list_finds_an_actor_by_any_spelling_or_the_start_of_one(string query, string publicId)
    {
        var page = await Html.GetAsync(portal, "/actors?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"/actors/{publicId}", page.QuerySelectorAll(".actor-list a").Select(a => a.GetAttribute("href")));
    }
}
