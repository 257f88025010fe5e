using System.Net;
using System.Text.Json;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Search;

// Articles here are dated in 2016 so the date filter keeps other tests' articles out.
[Collection(PortalFixtures.Name)]
public class SearchPageTests(PortalServer portal)
{
    private const string In2016 = "&from=2016-01-01&to=2016-12-31";
    private readonly ReaderData data = new(portal.Database);

    private static async Task<List<long>> ResultIdsAsync(PortalServer portal, string url)
    {
        var page = await Html.GetAsync(portal, url);
        return [.. page.QuerySelectorAll(".search-results h2 a").Select(a => long.Parse(a.GetAttribute("href")!["/articles/".Length..]))];
    }

    [Theory]
    [InlineData("كيم جونج أون")]
    [InlineData("كيم جونغ اون")]
    [InlineData("Kim Jong Un")]
    [InlineData("لكيم جونغ أون")]
    public async Task An_actor_typed_in_any_spelling_finds_the_articles_that_mention_them(string query)
    {
        var kim = await data.ArticleAsync("زيارة إلى الشرق", "وصل الزعيم كيم جونغ أون إلى محطة حدودية صباح الثلاثاء.", new DateOnly(2016, 4, 2),
            mentions: (ReaderData.Kim, "كيم جونغ أون"));
        var other = await data.ArticleAsync("خبر آخر", "وصل وفد تجاري إلى محطة حدودية صباح الثلاثاء.", new DateOnly(2016, 4, 2));

        var ids = await ResultIdsAsync(portal, "/search?q=" + Uri.EscapeDataString(query) + In2016);

        Assert.Contains(kim.Id, ids);
        Assert.DoesNotContain(other.Id, ids);
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("لبوتين")]
    [InlineData("Putin")]
    [InlineData("فلاديمير بوتن")]
    public async Task Putin_in_arabic_with_a_clitic_or_in_english_is_the_same_actor(string query)
    {
        var article = await data.ArticleAsync("رسالة من الكرملين", "بعث الرئيس فلاديمير بوتين رسالة تهنئة بمناسبة العيد الوطني.", new DateOnly(2016, 9, 9),
            mentions: (ReaderData.Putin, "فلاديمير بوتين"));

        var page = await Html.GetAsync(portal, "/search?q=" + Uri.EscapeDataString(query) + In2016);

        Assert.Contains($"/articles/{article.Id}", page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/actors/Q7747", page.QuerySelector(".recognised-actor a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_actor_and_words_together_need_both_and_the_snippet_marks_each()
    {
        var both = await data.ArticleAsync("عقوبات جديدة", "قال مسؤولون إن بوتين ناقش العقوبات الغربية مع ضيفه الكوري.", new DateOnly(2016, 6, 1),
            mentions: (ReaderData.Putin, "بوتين"));
        var actorOnly = await data.ArticleAsync("لقاء ودي", "استقبل بوتين فرقة فنية كورية في سوتشي.", new DateOnly(2016, 6, 2), mentions: (ReaderData.Putin, "بوتين"));
        var wordsOnly = await data.ArticleAsync("عقوبات أخرى", "فرضت واشنطن العقوبات على شركات شحن.", new DateOnly(2016, 6, 3));

        var page = await Html.GetAsync(portal, "/search?q=" + Uri.EscapeDataString("بوتين العقوبات") + In2016);

        var results = page.QuerySelectorAll(".search-results li");
        var ids = results.Select(r => r.QuerySelector("h2 a")!.GetAttribute("href")).ToList();
        Assert.Contains($"/articles/{both.Id}", ids);
        Assert.DoesNotContain($"/articles/{actorOnly.Id}", ids);
        Assert.DoesNotContain($"/articles/{wordsOnly.Id}", ids);
        var snippet = results.Single(r => r.QuerySelector("h2 a")!.GetAttribute("href") == $"/articles/{both.Id}").QuerySelector(".snippet")!;
        Assert.Equal(["بوتين", "العقوبات"], snippet.QuerySelectorAll("mark.hit").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Results_sort_by_date_or_by_relevance()
    {
        var older = await data.ArticleAsync("قمح وقمح", "شحنات القمح والقمح والقمح تصل إلى ميناء شمالي وقمح آخر.", new DateOnly(2016, 1, 5));
        var newer = await data.ArticleAsync("ميناء", "ذكر تقرير أن ميناء شمالي استقبل سفينة قمح.", new DateOnly(2016, 2, 5));

        var byDate = await ResultIdsAsync(portal, "/search?q=" + Uri.EscapeDataString("قمح ميناء") + In2016 + "&sort=date");
        var byRelevance = await ResultIdsAsync(portal, "/search?q=" + Uri.EscapeDataString("قمح ميناء") + In2016);

        Assert.Equal([newer.Id, older.Id], byDate);
        Assert.Equal([older.Id, newer.Id], byRelevance);
    }

    [Fact]
    public async Task Snippets_escape_the_article_text_and_keep_only_their_own_marks()
    {
        var article = await data.ArticleAsync("نص غريب", "كتب أحدهم <script>alert('x')</script> قرب كلمة مزلاج النادرة.", new DateOnly(2016, 3, 3));

        using var client = portal.CreateClient();
        var html = await client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString("مزلاج") + In2016, UriKind.Relative));

        Assert.Contains($"/articles/{article.Id}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hit\">مزلاج</mark>", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileQueries() => new()
    {
        "\"unbalanced quote",
        "<script>alert(1)</script>",
        "'; DROP TABLE articles; --",
        "a & b | !c <-> (d",
        "-\"-\" OR OR -",
        new string('ب', 10_000),
        string.Concat(Enumerable.Repeat("كيم جونغ أون ", 800)),
        "%_\\",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task A_hostile_query_gives_a_normal_page(string query)
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        // Unreadable parameters beside it are named on the page (400), the search still runs.
        var withBadParameters = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query) + "&from=x&to=2024-99-99&source=abc&sort=%3Cb%3E&p=-5", UriKind.Relative));
        var named = await withBadParameters.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("result-count", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withBadParameters.StatusCode);
        Assert.Contains("parameter-problems", named, StringComparison.Ordinal);
        Assert.Contains("result-count", named, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", named, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_suggests_actor_spellings_with_their_public_id()
    {
        using var client = portal.CreateClient();

        var arabic = await client.GetStringAsync(new Uri("/api/actors/suggest?q=" + Uri.EscapeDataString("بوتي"), UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/api/actors/suggest?q=shoi", UriKind.Relative));

        Assert.Contains(JsonDocument.Parse(arabic).RootElement.EnumerateArray(), s => s.GetProperty("publicId").GetString() == "Q7747");
        Assert.Contains(JsonDocument.Parse(english).RootElement.EnumerateArray(), s => s.GetProperty("publicId").GetString() == "np:person/sergei-shoigu");
    }
}
