using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Admin;

/// <summary>An admin sets an article's publish date, title, publisher and source URL: audited, re-tagged at once, kept across re-extraction.</summary>
public sealed class ArticleCorrectionTests : IAsyncLifetime, IDisposable
{
    private const string Admin = "admin@example.test";
    private readonly PortalFixture portal = new();

    public async Task InitializeAsync()
    {
        await portal.InitializeAsync();
        await portal.ImportSeedsAsync();
    }

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    private Task<EditResult> CorrectAsync(long id, ArticleCorrection correction) =>
        portal.Services.WithAsync<ArticleEditor, EditResult>(e => e.CorrectAsync(id, correction, Admin, CancellationToken.None));

    /// <summary>The seed that states no date and dates its news by a weekday alone ("يوم الثلاثاء").</summary>
    private async Task<Article> UndatedSeedAsync()
    {
        await using var db = portal.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Title.StartsWith("بوتين يدعو إلى تعزيز التعاون"));
    }

    private async Task<List<DateOnly?>> DateValuesAsync(long articleId)
    {
        await using var db = portal.CreateContext();
        return await db.DateMentions.Where(d => d.ArticleId == articleId).Select(d => d.ValueStart).ToListAsync();
    }

    [Fact]
    public async Task Setting_the_publish_date_of_an_undated_article_dates_its_weekdays_and_events_at_once()
    {
        var article = await UndatedSeedAsync();
        Assert.Null(article.PublishedOn);
        Assert.DoesNotContain(new DateOnly(2024, 8, 13), await DateValuesAsync(article.Id));

        // A Thursday: "يوم الثلاثاء" is then the Tuesday two days before.
        var result = await CorrectAsync(article.Id, new ArticleCorrection(PublishedOn: new DateOnly(2024, 8, 15)));

        Assert.True(result.Succeeded, result.Error);
        await using var db = portal.CreateContext();
        var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
        Assert.Equal(new DateOnly(2024, 8, 15), stored.PublishedOn);
        Assert.Equal(PublishDateSource.Admin, stored.PublishedFrom);
        Assert.Contains(new DateOnly(2024, 8, 13), await DateValuesAsync(article.Id));
        Assert.Contains(await db.Events.Where(e => e.Mentions.Any(m => m.ArticleId == article.Id)).Select(e => e.DateStart).ToListAsync(),
            d => d is { } day && day >= new DateOnly(2024, 8, 8) && day <= new DateOnly(2024, 8, 15));
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "article.correct");
        Assert.Equal(Admin, entry.User);
        Assert.Contains("2024-08-15", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corrections_outlive_re_extraction_of_the_kept_page()
    {
        var article = await UndatedSeedAsync();
        var result = await CorrectAsync(article.Id,
            new ArticleCorrection("عنوان صححه المحرر", "بي بي سي عربي", "https://www.bbc.com/arabic/articles/example", new DateOnly(2024, 8, 15)));
        Assert.True(result.Succeeded, result.Error);

        await portal.Services.WithAsync<SourceScheduler, IngestionRun>(s => s.StartReprocessingAsync(RunKind.Reextract, null, article.Id, "test", CancellationToken.None));
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        while (await worker.RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        await using var db = portal.CreateContext();
        Assert.Equal(RunState.Completed, (await db.IngestionRuns.SingleAsync(r => r.Kind == RunKind.Reextract)).State);
        // The kept page read again, with the decision applied, is the article as corrected.
        Assert.Equal("extraction gives the same article", (await db.IngestionItems.SingleAsync(i => i.Run!.Kind == RunKind.Reextract)).LastError);
        var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
        Assert.Equal("عنوان صححه المحرر", stored.Title);
        Assert.Equal("بي بي سي عربي", stored.Publisher);
        Assert.Equal("https://www.bbc.com/arabic/articles/example", stored.Url);
        Assert.Equal(new DateOnly(2024, 8, 15), stored.PublishedOn);
        Assert.Equal(PublishDateSource.Admin, stored.PublishedFrom);
        Assert.Contains(new DateOnly(2024, 8, 13), await DateValuesAsync(article.Id));
    }

    [Fact]
    public async Task A_bad_source_url_or_an_unknown_article_changes_nothing()
    {
        var article = await UndatedSeedAsync();

        var badUrl = await CorrectAsync(article.Id, new ArticleCorrection(Url: "javascript:alert(1)", PublishedOn: new DateOnly(2024, 8, 15)));
        var unknown = await CorrectAsync(987654, new ArticleCorrection(PublishedOn: new DateOnly(2024, 8, 15)));

        Assert.False(badUrl.Succeeded);
        Assert.False(unknown.Succeeded);
        await using var db = portal.CreateContext();
        Assert.Null((await db.Articles.SingleAsync(a => a.Id == article.Id)).PublishedOn);
        Assert.Equal(0, await db.ArticleDecisions.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Action == "article.correct"));
    }
}

/// <summary>What an admin or an operator may type as a publish date.</summary>
public sealed class PublishDayInputTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData("2024-02-31", "YYYY-MM-DD")]
    [InlineData("19/06/2024", "YYYY-MM-DD")]
    [InlineData("2024-6-19", "YYYY-MM-DD")]
    [InlineData("", "YYYY-MM-DD")]
    [InlineData("2099-01-01", "future")]
    [InlineData("1850-01-01", "before 1900")]
    public void A_malformed_or_impossible_publish_date_is_refused_with_its_reason(string text, string reason)
    {
        Assert.False(ArticleEditor.TryParseDay(text, Now, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_past_day_is_accepted()
    {
        Assert.True(ArticleEditor.TryParseDay(" 2024-06-19 ", Now, out var day, out _));
        Assert.Equal(new DateOnly(2024, 6, 19), day);
    }
}
