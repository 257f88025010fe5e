using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Analysis.Text;
using NewsPortal.Model;
using NewsPortal.Reading;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Reading;

/// <summary>Relevance is bounded: it ranks the newest matches only, so a common word does not rank the whole archive.</summary>
public sealed class SearchRankingTests : IAsyncLifetime, IDisposable
{
    private readonly RankingFixture portal = new();

    private sealed class RankingFixture : PortalFixture
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["NewsPortal:Search:RankedMatches"] = "3" };
    }

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    private async Task<long> ArticleAsync(string body, DateOnly publishedOn)
    {
        await using var db = portal.CreateContext();
        var article = new Article
        {
            Title = "تقرير",
            Body = body,
            PublishedOn = publishedOn,
            Language = "ar",
            ContentHash = Guid.NewGuid().ToString("N"),
            SearchText = ArabicNormalizer.Normalize(body),
            FetchedAtUtc = DateTime.UtcNow,
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private Task<SearchResult> SearchAsync(string? sort) =>
        portal.Services.WithAsync<ArticleSearch, SearchResult>(search => search.SearchAsync(new SearchRequest("زعفران", null, null, null, null, sort)));

    [Fact]
    public async Task Relevance_orders_the_newest_matches_and_says_how_many_it_ranked()
    {
        // The oldest article says the word most often: ranked over every match it would come first.
        var oldest = await ArticleAsync("زعفران زعفران زعفران زعفران في سوق المدينة.", new DateOnly(2019, 1, 1));
        var older = await ArticleAsync("وصل الزعفران إلى السوق.", new DateOnly(2019, 2, 1));
        var middle = await ArticleAsync("زعفران زعفران في السوق.", new DateOnly(2019, 3, 1));
        var newer = await ArticleAsync("ارتفع سعر زعفران الشتاء.", new DateOnly(2019, 4, 1));
        var newest = await ArticleAsync("زعفران زعفران زعفران في موسم جديد.", new DateOnly(2019, 5, 1));

        var byRelevance = await SearchAsync(null);
        var byDate = await SearchAsync("date");

        Assert.Equal(5, byRelevance.Total);
        Assert.Equal(3, byRelevance.RankedAmong);
        Assert.Equal([newest, middle, newer], byRelevance.Hits.Select(h => h.Id));
        Assert.Null(byDate.RankedAmong);
        Assert.Equal([newest, newer, middle, older, oldest], byDate.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Fewer_matches_than_the_bound_are_all_ranked()
    {
        var once = await ArticleAsync("زعفران في السوق.", new DateOnly(2019, 6, 1));
        var twice = await ArticleAsync("زعفران زعفران في الحقل.", new DateOnly(2019, 1, 1));

        var found = await SearchAsync(null);

        Assert.Null(found.RankedAmong);
        Assert.Equal([twice, once], found.Hits.Select(h => h.Id));
    }
}
