using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Ingestion;

/// <summary>The worker over a run of article files, with real leases on the real database.</summary>
public sealed class IngestionWorkerTests : IAsyncLifetime, IDisposable
{
    private const int Files = 24;
    private readonly PortalFixture portal = new LeasedPortal();
    private readonly string folder = Directory.CreateTempSubdirectory("np-worker-").FullName;

    private sealed class LeasedPortal : PortalFixture
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Ingestion:Lease"] = "00:00:02",
            ["Ingestion:Concurrency"] = "3",
        };
    }

    public async Task InitializeAsync()
    {
        await portal.InitializeAsync();
        for (var i = 0; i < Files; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"article-{i:D2}.txt"), $"""
                عنوان الخبر رقم {i} عن العلاقات بين موسكو وبيونغ يانغ

                تاريخ النشر: {i % 28 + 1} مارس 2024

                بحث مسؤولون من روسيا وكوريا الشمالية في الاجتماع رقم {i} سبل تعزيز التعاون في مجالات الطاقة والنقل والزراعة.
                """);
        }
    }

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose()
    {
        portal.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<long> StartFileRunAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortal.Data.NewsPortalDbContext>();
        var source = new Source { Name = "test files", Kind = SourceKind.Files, Location = folder, CreatedAtUtc = DateTime.UtcNow };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        var run = await scope.ServiceProvider.GetRequiredService<SourceScheduler>().StartAsync(source, "test", CancellationToken.None);
        return run.Id;
    }


    [Fact]
    public async Task Two_workers_on_one_database_share_a_run_without_processing_an_item_twice()
    {
        var runId = await StartFileRunAsync();
        var first = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        var second = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        var claims = new ConcurrentBag<(long Item, string Worker)>();
        first.ItemClaimed += item => claims.Add((item.Id, first.WorkerId));
        second.ItemClaimed += item => claims.Add((item.Id, second.WorkerId));

        async Task Drain(IngestionWorker worker)
        {
            while (await worker.RunOnceAsync(CancellationToken.None) > 0)
            {
            }
        }
        await Task.WhenAll(Task.Run(() => Drain(first)), Task.Run(() => Drain(second)));

        await using (var failures = portal.CreateContext())
        {
            var retried = await failures.IngestionItems.Where(i => i.RunId == runId && i.Attempts > 1).Select(i => i.FilePath + ": " + i.LastError).ToListAsync();
            Assert.True(retried.Count == 0, string.Join("\n", retried));
        }
        Assert.Equal(Files, claims.Count);
        Assert.Equal(Files, claims.Select(c => c.Item).Distinct().Count());
        Assert.Equal(2, claims.Select(c => c.Worker).Distinct().Count());
        await using var db = portal.CreateContext();
        Assert.Equal(Files, await db.IngestionItems.CountAsync(i => i.RunId == runId && i.State == ItemState.Succeeded));
        Assert.Equal(Files, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Items_held_by_a_worker_that_died_are_taken_over_after_the_lease_and_processed_exactly_once()
    {
        var runId = await StartFileRunAsync();
        // A worker claims a batch, then dies without settling it (as if its process was killed).
        await portal.Services.WithAsync<IngestionQueue, IReadOnlyList<IngestionItem>>(q => q.ClaimAsync("dead-worker", 5, CancellationToken.None));
        // Its leases have not run out yet (set far ahead, so the test does not depend on the machine's speed).
        async Task SetDeadLeasesAsync(DateTime until)
        {
            await using var db = portal.CreateContext();
            await db.IngestionItems.Where(i => i.LeasedBy == "dead-worker")
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.LeaseUntilUtc, until));
        }
        await SetDeadLeasesAsync(DateTime.UtcNow.AddHours(1));
        var survivor = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        var claims = new ConcurrentBag<long>();
        survivor.ItemClaimed += item => claims.Add(item.Id);

        while (await survivor.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
        await using (var db = portal.CreateContext())
        {
            Assert.Equal(5, await db.IngestionItems.CountAsync(i => i.RunId == runId && i.State == ItemState.Processing && i.LeasedBy == "dead-worker"));
        }
        // Time passes: the dead worker's leases run out and the survivor takes its items.
        await SetDeadLeasesAsync(DateTime.UtcNow.AddSeconds(-1));
        while (await survivor.RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        await using var check = portal.CreateContext();
        Assert.Equal(Files, claims.Distinct().Count());
        Assert.Equal(Files, await check.IngestionItems.CountAsync(i => i.RunId == runId && i.State == ItemState.Succeeded));
        Assert.Equal(Files, await check.Articles.CountAsync());
        var run = await check.IngestionRuns.SingleAsync(r => r.Id == runId);
        await survivor.RunOnceAsync(CancellationToken.None);
        await check.Entry(run).ReloadAsync();
        Assert.Equal(RunState.Completed, run.State);
    }

    [Fact]
    public async Task A_worker_that_lost_its_lease_cannot_settle_the_item()
    {
        await StartFileRunAsync();
        var claimed = await portal.Services.WithAsync<IngestionQueue, IReadOnlyList<IngestionItem>>(q => q.ClaimAsync("slow-worker", 1, CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var retaken = await portal.Services.WithAsync<IngestionQueue, IReadOnlyList<IngestionItem>>(q => q.ClaimAsync("fast-worker", 1, CancellationToken.None));

        var lateSettle = await portal.Services.WithAsync<IngestionQueue, bool>(q => q.SucceedAsync(claimed[0], null, CancellationToken.None));

        Assert.Equal(claimed[0].Id, retaken[0].Id);
        Assert.False(lateSettle);
        Assert.True(await portal.Services.WithAsync<IngestionQueue, bool>(q => q.SucceedAsync(retaken[0], null, CancellationToken.None)));
    }

    [Fact]
    public async Task A_retryable_failure_is_retried_with_backoff_then_parked_with_its_reason()
    {
        await StartFileRunAsync();
        var options = portal.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var item = (await portal.Services.WithAsync<IngestionQueue, IReadOnlyList<IngestionItem>>(q => q.ClaimAsync("w", 1, CancellationToken.None)))[0];

        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            await portal.Services.WithAsync<IngestionQueue, bool>(q => q.FailAsync(item, "HTTP 503 from the server", retryable: true, CancellationToken.None));
            await using var db = portal.CreateContext();
            var stored = await db.IngestionItems.SingleAsync(i => i.Id == item.Id);
            if (attempt < options.MaxAttempts)
            {
                Assert.Equal(ItemState.Pending, stored.State);
                Assert.True(stored.NextAttemptAtUtc > DateTime.UtcNow, "a retry waits for its backoff");
                // Make it due now, and claim it again as the next attempt.
                await db.IngestionItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.NextAttemptAtUtc, DateTime.UtcNow.AddSeconds(-1)));
                var again = await portal.Services.WithAsync<IngestionQueue, IReadOnlyList<IngestionItem>>(q => q.ClaimAsync("w", 100, CancellationToken.None));
                item = again.Single(i => i.Id == item.Id);
            }
            else
            {
                Assert.Equal(ItemState.Parked, stored.State);
                Assert.Contains("HTTP 503", stored.LastError, StringComparison.Ordinal);
            }
        }
    }
}
