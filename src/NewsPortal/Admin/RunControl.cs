using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Model;

namespace NewsPortal.Admin;

/// <summary>Where a run stands: counts by state, rate over its life so far, and an estimate of what is left.</summary>
public sealed record RunProgress(
    long RunId, RunState State, int Total, int Succeeded, int Skipped, int Failed, int Parked, int Pending, int Processing,
    double? ItemsPerMinute, TimeSpan? Eta)
{
    public int Done => Succeeded + Skipped;

    public int Settled => Done + Failed + Parked;

    public int Percent => Total == 0 ? (State is RunState.Completed or RunState.Cancelled ? 100 : 0) : (int)Math.Floor(100.0 * Settled / Total);
}

/// <summary>Admin control of runs and items: progress, cancel, retry. Every change is audited.</summary>
public sealed class RunControl(NewsPortalDbContext db, SourceScheduler scheduler, AuditLog audit, TimeProvider clock)
{
    public async Task<RunProgress?> GetProgressAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await db.IngestionRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }
        var counts = await db.IngestionItems.Where(i => i.RunId == runId)
            .GroupBy(i => i.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
        int Of(ItemState state) => counts.GetValueOrDefault(state);
        var total = counts.Values.Sum();
        var settled = Of(ItemState.Succeeded) + Of(ItemState.Skipped) + Of(ItemState.Failed) + Of(ItemState.Parked);

        double? rate = null;
        TimeSpan? eta = null;
        if (run.StartedAtUtc is { } started)
        {
            var end = run.FinishedAtUtc ?? clock.GetUtcNow().UtcDateTime;
            var minutes = (end - started).TotalMinutes;
            if (minutes > 0 && settled > 0)
            {
                rate = settled / minutes;
                var remaining = total - settled;
                eta = run.State == RunState.Running && remaining > 0 ? TimeSpan.FromMinutes(remaining / rate.Value) : null;
            }
        }
        return new RunProgress(run.Id, run.State, total, Of(ItemState.Succeeded), Of(ItemState.Skipped), Of(ItemState.Failed),
            Of(ItemState.Parked), Of(ItemState.Pending), Of(ItemState.Processing), rate, eta);
    }

    /// <summary>
    /// Starts a re-extract, re-tag or re-link run over every article, one source's or one article's;
    /// <paramref name="scope"/> names them in the audit entry.
    /// </summary>
    public Task<IngestionRun> ReprocessAsync(RunKind kind, int? sourceId, long? articleId, string scope, string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            var run = await scheduler.StartReprocessingAsync(kind, sourceId, articleId, user, ct);
            audit.Record(user, "reingest." + kind.ToString().ToLowerInvariant(), scope, $"run {run.Id}");
            return run;
        }, cancellationToken);

    /// <summary>
    /// Cancels a queued or running run: its pending items are skipped, and workers no longer claim
    /// its items. Items already being processed finish. False when the run is unknown or already over.
    /// </summary>
    public Task<bool> CancelAsync(long runId, string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var cancelled = await db.IngestionRuns
                .Where(r => r.Id == runId && (r.State == RunState.Queued || r.State == RunState.Running))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Cancelled).SetProperty(r => r.FinishedAtUtc, now), ct);
            if (cancelled == 0)
            {
                return false;
            }
            var skipped = await db.IngestionItems
                .Where(i => i.RunId == runId && i.State == ItemState.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.State, ItemState.Skipped)
                    .SetProperty(i => i.LastError, "cancelled by an admin")
                    .SetProperty(i => i.UpdatedAtUtc, now), ct);
            audit.Record(user, "run.cancel", $"run {runId}", $"{skipped} pending items skipped");
            return true;
        }, cancellationToken);

    /// <summary>Puts one failed or parked item back in its queue, with a fresh attempt count.</summary>
    public Task<bool> RetryAsync(long itemId, string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            var runIds = await RequeueAsync(db.IngestionItems.Where(i => i.Id == itemId), ct);
            if (runIds.Count == 0)
            {
                return false;
            }
            audit.Record(user, "item.retry", $"item {itemId}", $"run {runIds[0]}");
            return true;
        }, cancellationToken);

    /// <summary>Puts every failed or parked item back in its queue. Returns how many.</summary>
    public Task<int> RetryAllAsync(string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            var count = await db.IngestionItems.CountAsync(i => i.State == ItemState.Failed || i.State == ItemState.Parked, ct);
            var runIds = await RequeueAsync(db.IngestionItems, ct);
            audit.Record(user, "item.retry-all", "all failed items", $"{count} items in {runIds.Count} runs");
            return count;
        }, cancellationToken);

    private async Task<List<long>> RequeueAsync(IQueryable<IngestionItem> items, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var failed = items.Where(i => i.State == ItemState.Failed || i.State == ItemState.Parked);
        var runIds = await failed.Select(i => i.RunId).Distinct().ToListAsync(cancellationToken);
        await failed.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.State, ItemState.Pending)
            .SetProperty(i => i.Attempts, 0)
            .SetProperty(i => i.NextAttemptAtUtc, now)
            .SetProperty(i => i.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(i => i.LeasedBy, (string?)null)
            .SetProperty(i => i.UpdatedAtUtc, now), cancellationToken);
        // The run is live again so workers claim the items; it completes again when they settle.
        await db.IngestionRuns.Where(r => runIds.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Running).SetProperty(r => r.FinishedAtUtc, (DateTime?)null), cancellationToken);
        return runIds;
    }
}
