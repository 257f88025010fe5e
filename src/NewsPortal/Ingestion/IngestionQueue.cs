using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Ingestion;

/// <summary>
/// The database is the queue. Items are claimed with a lease under <c>FOR UPDATE SKIP LOCKED</c>,
/// so several workers (in one process or many) never hold the same item; a crashed worker's lease
/// expires and the item is claimed again. Completion is accepted only from the lease holder.
/// </summary>
public sealed class IngestionQueue(NewsPortalDbContext db, IOptions<IngestionOptions> options, TimeProvider clock)
{
    private readonly IngestionOptions settings = options.Value;

    /// <summary>Claims up to <paramref name="count"/> due items of active runs (or of one run) for <paramref name="worker"/>.</summary>
    public async Task<IReadOnlyList<IngestionItem>> ClaimAsync(string worker, int count, CancellationToken cancellationToken, long? runId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + settings.Lease;
        var items = await db.IngestionItems.FromSqlInterpolated($"""
            UPDATE ingestion_items AS i
               SET state = {(int)ItemState.Processing}, leased_by = {worker}, lease_until_utc = {leaseUntil},
                   attempts = i.attempts + 1, updated_at_utc = {now}
             WHERE i.id IN (
                   SELECT c.id FROM ingestion_items c
                     JOIN ingestion_runs r ON r.id = c.run_id
                    WHERE r.state IN ({(int)RunState.Queued}, {(int)RunState.Running})
                      AND ({runId}::bigint IS NULL OR r.id = {runId})
                      AND ((c.state = {(int)ItemState.Pending} AND (c.next_attempt_at_utc IS NULL OR c.next_attempt_at_utc <= {now}))
                        OR (c.state = {(int)ItemState.Processing} AND c.lease_until_utc < {now}))
                    ORDER BY c.id
                    LIMIT {count}
                      FOR UPDATE OF c SKIP LOCKED)
            RETURNING i.*
            """).AsNoTracking().ToListAsync(cancellationToken);

        if (items.Count > 0)
        {
            var runIds = items.Select(i => i.RunId).Distinct().ToArray();
            await db.IngestionRuns
                .Where(r => runIds.Contains(r.Id) && r.State == RunState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Running).SetProperty(r => r.StartedAtUtc, now), cancellationToken);
        }
        return items;
    }

    public Task<bool> SucceedAsync(IngestionItem item, long? articleId, CancellationToken cancellationToken) =>
        FinishAsync(item, ItemState.Succeeded, null, articleId, null, cancellationToken);

    public Task<bool> SkipAsync(IngestionItem item, string reason, long? articleId, CancellationToken cancellationToken) =>
        FinishAsync(item, ItemState.Skipped, reason, articleId ?? item.ArticleId, null, cancellationToken);

    /// <summary>
    /// Records a failure: the one retry policy of ingestion. A permanent failure fails at once; a
    /// transient one is retried with backoff, not before the server's Retry-After, and parked after
    /// the last attempt or when the server asks for a wait longer than <see cref="IngestionOptions.MaxRetryAfter"/>.
    /// </summary>
    public Task<bool> FailAsync(IngestionItem item, string error, bool retryable, CancellationToken cancellationToken, DateTimeOffset? retryAt = null)
    {
        if (!retryable)
        {
            return FinishAsync(item, ItemState.Failed, error, item.ArticleId, null, cancellationToken);
        }
        var now = clock.GetUtcNow();
        if (retryAt is { } until && until - now > settings.MaxRetryAfter)
        {
            return FinishAsync(item, ItemState.Parked,
                $"{error}: the server asks to wait until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC, longer than {settings.MaxRetryAfter.TotalMinutes:0} minutes; not retried in this run",
                item.ArticleId, null, cancellationToken);
        }
        if (item.Attempts >= settings.MaxAttempts)
        {
            return FinishAsync(item, ItemState.Parked, $"{error} (gave up after {item.Attempts} attempts)", item.ArticleId, null, cancellationToken);
        }
        var next = now + RetryDelay(item.Attempts);
        if (retryAt > next)
        {
            next = retryAt.Value;
        }
        return FinishAsync(item, ItemState.Pending, error, item.ArticleId, next.UtcDateTime, cancellationToken);
    }

    /// <summary>
    /// Gives back an item whose work was interrupted by shutdown: pending again at once, and the
    /// attempt it was claimed with is not counted (stopping is not the item's failure).
    /// </summary>
    public async Task<bool> ReleaseAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.IngestionItems
            .Where(i => i.Id == item.Id && i.LeasedBy == item.LeasedBy && i.State == ItemState.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.State, ItemState.Pending)
                .SetProperty(i => i.Attempts, i => i.Attempts > 0 ? i.Attempts - 1 : 0)
                .SetProperty(i => i.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(i => i.LeasedBy, (string?)null)
                .SetProperty(i => i.UpdatedAtUtc, now), cancellationToken) == 1;
    }

    /// <summary>Exponential backoff with jitter: base × 2^(attempt−1) × [0.75, 1.25).</summary>
    public TimeSpan RetryDelay(int attempt) =>
        settings.RetryBase * Math.Pow(2, Math.Max(0, attempt - 1)) * (0.75 + Random.Shared.NextDouble() / 2);

    /// <summary>
    /// Moves an item whose article is stored on to its tagging stage, with attempts of its own: a
    /// failure to tag is then retried as tagging. False when the worker no longer holds the item.
    /// </summary>
    public async Task<bool> BeginTaggingAsync(IngestionItem item, long articleId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = await db.IngestionItems
            .Where(i => i.Id == item.Id && i.LeasedBy == item.LeasedBy && i.State == ItemState.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Stage, ItemStage.Tag)
                .SetProperty(i => i.ArticleId, articleId)
                .SetProperty(i => i.Attempts, 1)
                .SetProperty(i => i.UpdatedAtUtc, now), cancellationToken) == 1;
        if (moved)
        {
            (item.Stage, item.ArticleId, item.Attempts) = (ItemStage.Tag, articleId, 1);
        }
        return moved;
    }

    /// <summary>Extends the lease of an item that is still being worked on.</summary>
    public async Task<bool> RenewAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().UtcDateTime + settings.Lease;
        return await db.IngestionItems
            .Where(i => i.Id == item.Id && i.LeasedBy == item.LeasedBy && i.State == ItemState.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseUntilUtc, until), cancellationToken) == 1;
    }

    /// <summary>Adds pages, feeds or sitemaps to a run (discovered URLs); a URL already in the run is not added twice.</summary>
    public async Task<int> AddUrlsAsync(long runId, ItemKind kind, IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO ingestion_items (run_id, kind, url, state, attempts, created_at_utc, updated_at_utc)
                VALUES ({runId}, {(int)kind}, {url}, {(int)ItemState.Pending}, 0, {now}, {now})
                ON CONFLICT (run_id, url) WHERE url IS NOT NULL DO NOTHING
                """, cancellationToken);
        }
        return added;
    }

    /// <summary>
    /// Adds one article file to a run, pending; or, with <paramref name="refusal"/>, already failed
    /// with that reason (a path the listing leaves out is still reported with the run).
    /// </summary>
    public async Task<int> AddFileAsync(long runId, string path, string? refusal, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var state = (int)(refusal is null ? ItemState.Pending : ItemState.Failed);
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO ingestion_items (run_id, kind, file_path, state, attempts, last_error, created_at_utc, updated_at_utc)
            VALUES ({runId}, {(int)ItemKind.File}, {path}, {state}, 0, {refusal}, {now}, {now})
            ON CONFLICT (run_id, file_path) WHERE file_path IS NOT NULL DO NOTHING
            """, cancellationToken);
    }

    /// <summary>Closes runs whose items are all settled (or that one run, whose items are all added).</summary>
    public async Task<int> CompleteFinishedRunsAsync(CancellationToken cancellationToken, long? runId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.IngestionRuns
            .Where(r => r.State == RunState.Running || r.State == RunState.Queued)
            .Where(r => runId == null || r.Id == runId)
            .Where(r => !r.Items.Any(i => i.State == ItemState.Pending || i.State == ItemState.Processing))
            // A run is given its items right after it is created; an empty one is closed after a grace period.
            .Where(r => runId != null || r.Items.Any() || r.CreatedAtUtc < now.AddMinutes(-1))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Completed).SetProperty(r => r.FinishedAtUtc, now), cancellationToken);
    }

    private async Task<bool> FinishAsync(
        IngestionItem item, ItemState state, string? error, long? articleId, DateTime? nextAttempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Only the lease holder may settle the item: a worker that lost its lease must not overwrite.
        var updated = await db.IngestionItems
            .Where(i => i.Id == item.Id && i.LeasedBy == item.LeasedBy && i.State == ItemState.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.State, state)
                .SetProperty(i => i.LastError, error)
                .SetProperty(i => i.ArticleId, articleId)
                .SetProperty(i => i.NextAttemptAtUtc, nextAttempt)
                .SetProperty(i => i.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(i => i.LeasedBy, (string?)null)
                .SetProperty(i => i.UpdatedAtUtc, now), cancellationToken);
        return updated == 1;
    }
}
