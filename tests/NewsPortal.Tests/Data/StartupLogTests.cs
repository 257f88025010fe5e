using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Reading;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

/// <summary>
/// What a newcomer reads in the log of a first start: EF Core asks for nothing (a split or single
/// query chosen where collections load together, an order wherever rows are limited).
/// </summary>
public sealed class StartupLogTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFixture portal = new();

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Start_up_the_seed_import_and_the_reader_queries_log_no_EF_Core_warning()
    {
        await portal.ImportSeedsAsync();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = portal.CreateContext();
            await using (db)
            {
                await db.LoadViewsAsync(db.TimelineKeys(new EventFilter()).NewestFirstAfter(null).Take(20), CancellationToken.None);
            }
            await scope.ServiceProvider.GetRequiredService<ArticleSearch>().SearchAsync(new SearchRequest("بوتين", null, null, null, null, "relevance"));
            await scope.ServiceProvider.GetRequiredService<ActorSummary>().GetAsync("Q7747");
        }

        Assert.Empty(portal.Logs.WarningsFrom("Microsoft.EntityFrameworkCore"));
    }
}
