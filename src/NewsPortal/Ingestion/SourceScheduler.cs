using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Importing;
using NewsPortal.Model;

namespace NewsPortal.Ingestion;

/// <summary>Starts a run for each enabled source whose interval has passed, and runs on demand.</summary>
public sealed class SourceScheduler(NewsPortalDbContext db, IngestionQueue queue, TimeProvider clock)
{
    public async Task<int> EnqueueDueSourcesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Sources
            .Where(s => s.Enabled && s.Kind != SourceKind.Files)
            .Where(s => s.LastRunAtUtc == null || s.LastRunAtUtc.Value.AddMinutes(s.IntervalMinutes) <= now)
            .Where(s => !db.IngestionRuns.Where(FetchGoing).Any(r => r.SourceId == s.Id))
            .ToListAsync(cancellationToken);
        foreach (var source in due)
        {
            await StartAsync(source, "schedule", cancellationToken);
        }
        return due.Count;
    }

    /// <summary>A source with a fetch run still queued or running is not started again: not by the schedule, an admin or the CLI.</summary>
    private static readonly Expression<Func<IngestionRun, bool>> FetchGoing =
        r => r.Kind == RunKind.Fetch && (r.State == RunState.Queued || r.State == RunState.Running);

    /// <summary>
    /// <see cref="StartAsync"/> unless the source has a fetch run going (then null). Called in a
    /// transaction, the source's row stays locked to its end, so two starts at once make one run.
    /// </summary>
    public async Task<IngestionRun?> StartUnlessRunningAsync(Source source, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM sources WHERE id = {source.Id} FOR UPDATE", cancellationToken);
        return await db.IngestionRuns.Where(FetchGoing).AnyAsync(r => r.SourceId == source.Id, cancellationToken)
            ? null
            : await StartAsync(source, requestedBy, cancellationToken);
    }

    /// <summary>A run for one source now: discovery for feeds and sitemaps, one item for an article URL, one per file.</summary>
    public async Task<IngestionRun> StartAsync(Source source, string requestedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new IngestionRun { Kind = RunKind.Fetch, SourceId = source.Id, State = RunState.Queued, RequestedBy = requestedBy, CreatedAtUtc = now };
        db.IngestionRuns.Add(run);
        source.LastRunAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);

        switch (source.Kind)
        {
            case SourceKind.Feed or SourceKind.Sitemap:
                await queue.AddUrlsAsync(run.Id, ItemKind.Discover, [source.Location], cancellationToken);
                break;
            case SourceKind.ArticleUrl:
                await queue.AddUrlsAsync(run.Id, ItemKind.Article, [source.Location], cancellationToken);
                break;
            case SourceKind.Files:
                await AddFilesAsync(run.Id, [source.Location], cancellationToken);
                break;
        }
        return run;
    }

    /// <summary>
    /// An import run: one file item per article file under <paramref name="paths"/>, listed as found;
    /// a path the listing leaves out (a link out of the tree, an unreadable folder) is a failed item with its reason.
    /// </summary>
    public async Task<IngestionRun> StartImportAsync(IEnumerable<string> paths, string? requestedBy, CancellationToken cancellationToken)
    {
        var run = new IngestionRun { Kind = RunKind.Import, State = RunState.Queued, RequestedBy = requestedBy, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await AddFilesAsync(run.Id, paths, cancellationToken);
        return run;
    }

    private async Task AddFilesAsync(long runId, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        foreach (var (path, skipped) in paths.SelectMany(ArticleFiles.List))
        {
            await queue.AddFileAsync(runId, Path.GetFullPath(path), skipped, cancellationToken);
        }
    }

    /// <summary>
    /// A run that re-processes stored articles — all, one source's, or one — by re-extracting from the
    /// kept page, re-tagging the stored text, or re-linking their events with other articles'.
    /// </summary>
    public async Task<IngestionRun> StartReprocessingAsync(
        RunKind kind, int? sourceId, long? articleId, string requestedBy, CancellationToken cancellationToken)
    {
        if (kind is not (RunKind.Reextract or RunKind.Retag or RunKind.Relink))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only re-extract, re-tag and re-link runs re-process stored articles.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new IngestionRun { Kind = kind, SourceId = sourceId, State = RunState.Queued, RequestedBy = requestedBy, CreatedAtUtc = now };
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var itemKind = (int)(kind switch { RunKind.Reextract => ItemKind.Reextract, RunKind.Retag => ItemKind.Retag, _ => ItemKind.Relink });
        // One INSERT … SELECT: re-tagging everything must not load every article into memory.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO ingestion_items (run_id, kind, article_id, state, attempts, created_at_utc, updated_at_utc)
            SELECT {run.Id}, {itemKind}, a.id, {(int)ItemState.Pending}, 0, {now}, {now}
              FROM articles a
             WHERE ({sourceId}::int IS NULL OR a.source_id = {sourceId})
               AND ({articleId}::bigint IS NULL OR a.id = {articleId})
            ON CONFLICT (run_id, article_id) WHERE kind IN (2, 3, 4) DO NOTHING
            """, cancellationToken);
        return run;
    }
}
