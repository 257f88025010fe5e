using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Ingestion;

/// <summary>
/// Tests over the local news site and a fresh portal database, with timings short enough for tests:
/// no politeness delay, no in-fetch retries, item retries after 50 ms up to <c>maxAttempts</c>.
/// </summary>
public abstract class LocalSiteTests(int maxAttempts) : IAsyncLifetime, IDisposable
{
    protected NewsSite Site { get; } = new();

    protected PortalFixture Portal { get; } = new SitePortal(maxAttempts);

    private sealed class SitePortal(int maxAttempts) : PortalFixture
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Scraping:MinDelayPerHost"] = "00:00:00",
            ["Ingestion:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingestion:RetryBase"] = "00:00:00.050",
        };
    }

    protected async Task<IngestionRun> RunSourceAsync(SourceKind kind, Uri location)
    {
        int sourceId;
        await using (var db = Portal.CreateContext())
        {
            var source = await db.Sources.FirstOrDefaultAsync(s => s.Location == location.AbsoluteUri);
            if (source is null)
            {
                source = new Source { Name = "موقع تجريبي", Kind = kind, Location = location.AbsoluteUri, CreatedAtUtc = DateTime.UtcNow };
                db.Sources.Add(source);
                await db.SaveChangesAsync();
            }
            sourceId = source.Id;
        }
        long runId;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsPortal.Data.NewsPortalDbContext>();
            var source = await db.Sources.SingleAsync(s => s.Id == sourceId);
            runId = (await scope.ServiceProvider.GetRequiredService<SourceScheduler>().StartAsync(source, "test", CancellationToken.None)).Id;
        }
        return await DrainAsync(runId);
    }

    protected async Task<IngestionRun> DrainAsync(long runId)
    {
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(Portal.Services);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await worker.RunOnceAsync(CancellationToken.None) == 0)
            {
                await using var db = Portal.CreateContext();
                var run = await db.IngestionRuns.Include(r => r.Items).SingleAsync(r => r.Id == runId);
                if (run.State == RunState.Completed)
                {
                    return run;
                }
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"run {runId} did not finish");
    }

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        await Portal.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Site.DisposeAsync();
    }

    public void Dispose()
    {
        Portal.Dispose();
        GC.SuppressFinalize(this);
    }
}
