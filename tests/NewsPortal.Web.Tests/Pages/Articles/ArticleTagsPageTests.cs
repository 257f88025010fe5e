using NewsPortal.Model;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Articles;

[Collection(PortalFixtures.Name)]
public class ArticleTagsPageTests(PortalServer portal)
{
    private readonly ReaderData data = new(portal.Database);

    [Fact]
    public async Task Actors_dates_and_events_are_marked_in_the_text_with_what_they_are_and_why()
    {
        const string body = "زار فلاديمير بوتين بيونغ يانغ في 19 يونيو 2024 للقاء كيم جونغ أون.\n\nووقع الزعيمان معاهدة شراكة شاملة.";
        var article = await data.ArticleAsync("بوتين في بيونغ يانغ", body, new DateOnly(2024, 6, 19),
            mentions: [(ReaderData.Putin, "فلاديمير بوتين"), (ReaderData.Pyongyang, "بيونغ يانغ"), (ReaderData.Kim, "كيم جونغ أون")]);
        await data.DateMentionAsync(article, "19 يونيو 2024", new DateOnly(2024, 6, 19));
        var visit = await data.EventAsync("visit", new DateOnly(2024, 6, 19), "بوتين يزور بيونغ يانغ", [ReaderData.Putin, ReaderData.NorthKorea],
            [(article, "زار فلاديمير بوتين بيونغ يانغ في 19 يونيو 2024 للقاء كيم جونغ أون.", "زار")]);
        await data.EventAsync("agreement", new DateOnly(2024, 6, 19), "حدث مرفوض", [ReaderData.Putin],
            [(article, "ووقع الزعيمان معاهدة شراكة شاملة.", "ووقع")], review: ReviewState.Rejected);

        var page = await Html.GetAsync(portal, $"/articles/{article.Id}");

        var paragraphs = page.QuerySelectorAll(".article-body p");
        Assert.Equal(2, paragraphs.Length);
        // The visible text is the article's text; the hidden explanations are for screen readers.
        foreach (var hidden in page.QuerySelectorAll(".article-body .visually-hidden").ToList())
        {
            hidden.Remove();
        }
        Assert.Equal(body.Split("\n\n"), paragraphs.Select(p => p.TextContent));

        var actor = page.QuerySelector(".article-body mark.tag-actor")!;
        Assert.Equal("فلاديمير بوتين", actor.TextContent);
        Assert.Equal("فلاديمير بوتين — شخص", actor.GetAttribute("title"));
        // One tab stop for all the tags: the first takes it, the others are reached with the arrow keys.
        Assert.Equal("0", page.QuerySelector(".article-body [data-tip]")!.GetAttribute("tabindex"));
        Assert.All(page.QuerySelectorAll(".article-body [data-tip]").Skip(1), t => Assert.Equal("-1", t.GetAttribute("tabindex")));
        Assert.Single(page.QuerySelectorAll(".article-body [tabindex='0']"));
        var date = page.QuerySelector(".article-body mark.tag-date")!;
        Assert.Equal("19 يونيو 2024", date.TextContent);
        Assert.Equal("تاريخ: 19 يونيو 2024", date.GetAttribute("title"));
        var trigger = page.QuerySelectorAll(".article-body mark.tag-event").Single();
        Assert.Equal("زار", trigger.TextContent);
        Assert.StartsWith("حدث: زيارة (19 يونيو 2024) — الدليل: «زار فلاديمير بوتين", trigger.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal(paragraphs[0].TextContent, page.QuerySelector(".article-body .evidence")!.TextContent);
        Assert.Contains($"#event-{visit.Id}", page.QuerySelector(".article-events a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["فلاديمير بوتين", "بيونغ يانغ", "كيم جونغ أون"], page.QuerySelectorAll(".article-actors a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Copies_from_other_outlets_are_linked_both_ways()
    {
        var original = await data.ArticleAsync("نص الوكالة", "نص برقية وكالة الأنباء كما صدر.", new DateOnly(2024, 1, 2), publisher: "وكالة الأصل");
        var copy = await data.ArticleAsync("نص منقول", "نص برقية وكالة الأنباء كما صدر.", new DateOnly(2024, 1, 3), publisher: "صحيفة ناقلة", copyOf: original.Id);

        var originalPage = await Html.GetAsync(portal, $"/articles/{original.Id}");
        var copyPage = await Html.GetAsync(portal, $"/articles/{copy.Id}");

        Assert.Equal($"/articles/{copy.Id}", originalPage.QuerySelector(".article-copies a")!.GetAttribute("href"));
        Assert.Contains("صحيفة ناقلة", originalPage.QuerySelector(".article-copies")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/articles/{original.Id}", copyPage.QuerySelector(".copy-of a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Markup_in_an_article_body_is_shown_as_text()
    {
        var article = await data.ArticleAsync("<img src=x onerror=alert(1)>", "قال بوتين <script>alert(1)</script> ثم <a href=javascript:x>رابط</a>", null,
            mentions: (ReaderData.Putin, "بوتين"));

        using var client = portal.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/articles/{article.Id}", UriKind.Relative));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=javascript", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
