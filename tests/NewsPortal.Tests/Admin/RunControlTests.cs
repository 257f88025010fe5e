using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Admin;

/// <summary>Cancel, retry and progress of runs on the real queue.</summary>
public sealed class RunControlTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFixture portal = new();

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    /// <summary>A run of Retag items for articles that do not exist: each fails for good when processed.</summary>
    private async Task<long> RunOfAsync(int items, RunState state = RunState.Queued)
    {
        await using var db = portal.CreateContext();
        var run = new IngestionRun { Kind = RunKind.Retag, State = state, RequestedBy = "test", CreatedAtUtc = DateTime.UtcNow };
        run.Items.AddRange(Enumerable.Range(1, items).Select(i => new IngestionItem
        {
            Kind = ItemKind.Retag, ArticleId = 900_000 + i, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        }));
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    }

    private async Task DrainAsync()
    {
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        while (await worker.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    [Fact]
    public async Task A_cancelled_run_skips_its_pending_items_and_workers_claim_none_of_them()
    {
        var cancelled = await RunOfAsync(5);
        var other = await RunOfAsync(2);

        Assert.True(await portal.Services.WithAsync<RunControl, bool>(c => c.CancelAsync(cancelled, "admin", CancellationToken.None)));
        var claimed = await portal.Services.WithAsync<IngestionQueue, IReadOnlyList<IngestionItem>>(q => q.ClaimAsync("w", 100, CancellationToken.None));

        Assert.All(claimed, i => Assert.Equal(other, i.RunId));
        Assert.Equal(2, claimed.Count);
        await using var db = portal.CreateContext();
        Assert.Equal(RunState.Cancelled, (await db.IngestionRuns.SingleAsync(r => r.Id == cancelled)).State);
        Assert.All(await db.IngestionItems.Where(i => i.RunId == cancelled).ToListAsync(), i => Assert.Equal(ItemState.Skipped, i.State));
        Assert.False(await portal.Services.WithAsync<RunControl, bool>(c => c.CancelAsync(cancelled, "admin", CancellationToken.None)), "a finished run cannot be cancelled again");
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "run.cancel" && a.Target == $"run {cancelled}"));
    }

    [Fact]
    public async Task A_failed_item_retried_by_an_admin_goes_back_to_pending_with_fresh_attempts_and_reopens_its_run()
    {
        var runId = await RunOfAsync(3);
        await DrainAsync();
        await portal.Services.WithAsync<IngestionQueue, int>(q => q.CompleteFinishedRunsAsync(CancellationToken.None));
        await using var db = portal.CreateContext();
        var items = await db.IngestionItems.Where(i => i.RunId == runId).OrderBy(i => i.Id).ToListAsync();
        Assert.All(items, i => Assert.Equal(ItemState.Failed, i.State));
        Assert.Equal(RunState.Completed, (await db.IngestionRuns.SingleAsync(r => r.Id == runId)).State);

        Assert.True(await portal.Services.WithAsync<RunControl, bool>(c => c.RetryAsync(items[0].Id, "admin", CancellationToken.None)));

        db.ChangeTracker.Clear();
        var retried = await db.IngestionItems.SingleAsync(i => i.Id == items[0].Id);
        Assert.Equal(ItemState.Pending, retried.State);
        Assert.Equal(0, retried.Attempts);
        Assert.NotNull(retried.NextAttemptAtUtc);
        Assert.Equal(RunState.Running, (await db.IngestionRuns.SingleAsync(r => r.Id == runId)).State);
        Assert.Equal(2, await db.IngestionItems.CountAsync(i => i.RunId == runId && i.State == ItemState.Failed));

        Assert.Equal(2, await portal.Services.WithAsync<RunControl, int>(c => c.RetryAllAsync("admin", CancellationToken.None)));
        Assert.Equal(3, await db.IngestionItems.CountAsync(i => i.RunId == runId && i.State == ItemState.Pending));
        Assert.False(await portal.Services.WithAsync<RunControl, bool>(c => c.RetryAsync(long.MaxValue, "admin", CancellationToken.None)));
    }

    [Fact]
    public async Task Progress_counts_items_by_state_and_reaches_100_percent_when_all_are_settled()
    {
        var runId = await RunOfAsync(4);
        var before = await portal.Services.WithAsync<RunControl, RunProgress?>(c => c.GetProgressAsync(runId, CancellationToken.None));
        Assert.Equal((4, 0, 4, 0), (before!.Total, before.Settled, before.Pending, before.Percent));

        await DrainAsync();
        await portal.Services.WithAsync<IngestionQueue, int>(q => q.CompleteFinishedRunsAsync(CancellationToken.None));
        var after = await portal.Services.WithAsync<RunControl, RunProgress?>(c => c.GetProgressAsync(runId, CancellationToken.None));

        Assert.Equal((4, 4, 100, RunState.Completed), (after!.Total, after.Failed, after.Percent, after.State));
        Assert.Null(after.Eta);
        Assert.Null(await portal.Services.WithAsync<RunControl, RunProgress?>(c => c.GetProgressAsync(long.MaxValue, CancellationToken.None)));
    }
}
