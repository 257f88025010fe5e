using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Data;
using NewsPortal.Model;
using Npgsql;

namespace NewsPortal.Ingestion;

/// <summary>
/// The one executor of ingestion runs (files, feeds, sitemaps, URLs, re-extract, re-tag, re-link):
/// claims due items, runs each through the pipeline in its own scope, and records the outcome. As
/// a hosted service it works every run; the CLI and the first-start import work one run in-process
/// (<see cref="WorkRunAsync"/>). One bad item never stops the worker; several workers (threads or
/// app instances) can share one database.
/// </summary>
public sealed class IngestionWorker(
    IServiceScopeFactory scopes,
    IOptions<IngestionOptions> options,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private readonly IngestionOptions settings = options.Value;

    /// <summary>Raised for each item this worker claims (progress displays and tests listen).</summary>
    public event Action<IngestionItem>? ItemClaimed;

    /// <summary>Identifies this worker's leases: host, process and instance.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Ingestion worker {Worker} started", WorkerId);
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable: log, wait, go on.
                logger.LogError(e, "Ingestion worker {Worker}: cycle failed", WorkerId);
                claimed = 0;
            }
            if (claimed == 0)
            {
                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// One cycle: schedule due sources, claim a batch, process it; with <paramref name="runId"/>, only
    /// that run's items (nothing scheduled), <paramref name="batch"/> at a time. Returns how many items were claimed.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken, long? runId = null, int? batch = null)
    {
        IReadOnlyList<IngestionItem> items;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IngestionQueue>();
            if (runId is null)
            {
                await scope.ServiceProvider.GetRequiredService<SourceScheduler>().EnqueueDueSourcesAsync(cancellationToken);
            }
            items = await queue.ClaimAsync(WorkerId, batch ?? settings.Concurrency, cancellationToken, runId);
            if (items.Count == 0)
            {
                await queue.CompleteFinishedRunsAsync(cancellationToken, runId);
                return 0;
            }
        }
        await Task.WhenAll(items.Select(item => ProcessAsync(item, cancellationToken)));
        return items.Count;
    }

    /// <summary>
    /// Works one run in this process until it is completed or cancelled, reporting the count of
    /// items in each state whenever it changes. Null when <paramref name="cancellationToken"/> stopped
    /// it first: the run stays queued, and any worker finishes it.
    /// </summary>
    public async Task<RunState?> WorkRunAsync(
        long runId, Func<IReadOnlyDictionary<ItemState, int>, Task>? progress, CancellationToken cancellationToken, int? batch = null)
    {
        var last = "";
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var claimed = await RunOnceAsync(cancellationToken, runId, batch);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
                var counts = await db.IngestionItems.Where(i => i.RunId == runId).GroupBy(i => i.State)
                    .Select(g => new { State = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
                var line = string.Join(",", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));
                if (line != last && progress is not null)
                {
                    await progress(counts);
                }
                last = line;
                var state = await db.IngestionRuns.Where(r => r.Id == runId).Select(r => r.State).SingleAsync(cancellationToken);
                if (state is RunState.Completed or RunState.Cancelled)
                {
                    return state;
                }
                if (claimed == 0)
                {
                    // Items waiting for a retry's backoff.
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        return null;
    }

    private async Task ProcessAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        ItemClaimed?.Invoke(item);
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IngestionQueue>();
        ItemOutcome outcome;
        using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewWhileProcessingAsync(item, heartbeat.Token);
        try
        {
            outcome = await scope.ServiceProvider.GetRequiredService<ItemProcessor>().ProcessAsync(item, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down is no failure of the item: it is given back, its attempt not counted.
            await heartbeat.CancelAsync();
            await renewing;
            await queue.ReleaseAsync(item, CancellationToken.None);
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Item {Item} ({Target}) failed", item.Id, item.Target);
            outcome = Failure(e);
        }
        finally
        {
            await heartbeat.CancelAsync();
            await renewing;
        }

        var settled = outcome.State switch
        {
            ItemState.Succeeded => await queue.SucceedAsync(item, outcome.ArticleId, CancellationToken.None),
            ItemState.Skipped => await queue.SkipAsync(item, outcome.Message ?? "skipped", outcome.ArticleId, CancellationToken.None),
            _ => await queue.FailAsync(item, outcome.Message ?? "failed", outcome.Retryable, CancellationToken.None, outcome.RetryAt),
        };
        if (!settled)
        {
            logger.LogWarning("Item {Item}: lease lost before it was settled; another worker owns it now", item.Id);
        }
    }

    /// <summary>
    /// An unexpected error, named by its real cause (not EF's "error while saving"). The database
    /// refusing the data (PostgreSQL classes 22, data exception, and 54, a limit such as the 1 MB
    /// of a tsvector) refuses it again on every attempt, so it fails at once; anything else is retried.
    /// </summary>
    private static ItemOutcome Failure(Exception e)
    {
        var cause = e is DbUpdateException { InnerException: { } inner } ? inner : e;
        if (cause is PostgresException pg && (pg.SqlState.StartsWith("22", StringComparison.Ordinal) || pg.SqlState.StartsWith("54", StringComparison.Ordinal)))
        {
            return ItemOutcome.Refuse($"the database refused the article: {pg.MessageText} (PostgreSQL {pg.SqlState})");
        }
        return ItemOutcome.Retry(FailureReason.Of(e));
    }

    /// <summary>
    /// Extends the lease while the item is worked on, so a slow fetch is not taken over by another
    /// worker; a worker that dies stops renewing and its items are free again after one lease.
    /// </summary>
    private async Task RenewWhileProcessingAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(settings.Lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<IngestionQueue>().RenewAsync(item, cancellationToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Item {Item}: lease renewal failed", item.Id);
        }
    }
}
