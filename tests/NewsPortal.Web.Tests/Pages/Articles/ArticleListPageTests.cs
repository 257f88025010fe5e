using Microsoft.Playwright;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Articles;

[Collection(PortalFixtures.Name)]
public class ArticleListPageTests(PortalServer portal, Browser browser)
{
    private static readonly string[] SeedTitles =
    [
        "ردود فعل متباينة عقب زيارة كيم لروسيا",
        "زعيم كوريا الشمالية يتوجه إلى موسكو للقاء الرئيس الروسي",
        "كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟",
        "الكرملين يعلن عن زيارة قريبة لزعيم كوريا الشمالية.. كيف علقت واشنطن؟",
        "بوتين يدعو إلى تعزيز التعاون مع كوريا الشمالية \"في جميع المجالات\"",
    ];

    [Fact]
    public async Task The_article_list_holds_the_sample_articles_right_to_left_newest_first_and_undated_last()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/articles");
        await Browser.ScreenshotAsync(page, "articles");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));

        // Other page tests add articles to the shared portal: walk every page of the list.
        var titles = new List<string>();
        var dates = new List<string>();
        for (var p = 1; ; p++)
        {
            var html = await Html.GetAsync(portal, $"/articles?p={p}");
            var items = html.QuerySelectorAll("ol.article-list li");
            titles.AddRange(items.Select(i => i.QuerySelector("h2")!.Text()));
            dates.AddRange(items.Select(i => i.QuerySelector(".text-muted span:last-child")!.Text()));
            if (html.QuerySelector($"a.page-link[href='/articles?p={p + 1}']") is null)
            {
                break;
            }
        }
        Assert.Subset(titles.ToHashSet(), SeedTitles.ToHashSet());
        Assert.True(titles.IndexOf(SeedTitles[0]) < titles.IndexOf(SeedTitles[3]), "the newer sample article comes first");
        var firstUndated = dates.IndexOf("تاريخ غير معروف");
        Assert.True(firstUndated >= 0);
        Assert.All(dates.Skip(firstUndated), d => Assert.Equal("تاريخ غير معروف", d));
        Assert.True(titles.IndexOf(SeedTitles[1]) >= firstUndated, "an undated sample article is listed after every dated one");
    }

    [Fact]
    public async Task An_article_page_shows_the_clean_body_as_paragraphs()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/articles");

        await page.GetByRole(AriaRole.Link, new() { Name = SeedTitles[0] }).ClickAsync();
        await Browser.ScreenshotAsync(page, "article");

        Assert.Equal(SeedTitles[0], (await page.Locator("h1").InnerTextAsync()).Trim());
        // The article's own words, without the screen-reader explanations of its tags.
        var paragraphs = await page.Locator(".article-body p").EvaluateAllAsync<string[]>(
            "ps => ps.map(p => { const c = p.cloneNode(true); c.querySelectorAll('.visually-hidden').forEach(e => e.remove()); return c.textContent; })");
        Assert.True(paragraphs.Length >= 8, $"expected the article's paragraphs, got {paragraphs.Length}");
        Assert.StartsWith("زار الزعيم الكوري الشمالي كيم جونج أون روسيا", paragraphs[0].Trim(), StringComparison.Ordinal);
        Assert.Contains("13 سبتمبر 2023", await page.Locator("header time").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_is_served_as_text_not_as_character_references()
    {
        using var client = portal.CreateClient();

        var html = await client.GetStringAsync(new Uri("/articles", UriKind.Relative));

        Assert.Contains(SeedTitles[0], html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_is_not_found()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/articles/987654321", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        using var client = portal.CreateClient();

        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }
}
