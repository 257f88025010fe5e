using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Ingestion;

/// <summary>
/// Executes ingestion runs from the database: claims due items, runs each through the pipeline in
/// its own scope, and records the outcome. One bad item never stops the worker; several workers
/// (threads or app instances) can share one database.
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

    /// <summary>One cycle: schedule due sources, claim a batch, process it. Returns how many items were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestionItem> items;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IngestionQueue>();
            await scope.ServiceProvider.GetRequiredService<SourceScheduler>().EnqueueDueSourcesAsync(cancellationToken);
            items = await queue.ClaimAsync(WorkerId, settings.Concurrency, cancellationToken);
            if (items.Count == 0)
            {
                await queue.CompleteFinishedRunsAsync(cancellationToken);
                return 0;
            }
        }
        await Task.WhenAll(items.Select(item => ProcessAsync(item, cancellationToken)));
        return items.Count;
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
            // Shutting down: the lease runs out and another worker takes the item.
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Item {Item} ({Target}) failed", item.Id, FetchResult.Redact(item.Target));
            outcome = ItemOutcome.Retry(FailureReason.Of(e));
        }
        finally
        {
            await heartbeat.CancelAsync();
            await renewing;
        }

        var settled = outcome.State switch
        {
            ItemState.Succeeded => await queue.SucceedAsync(item, outcome.ArticleId, CancellationToken.None),
            ItemState.Skipped => await queue.SkipAsync(item, outcome.Message ?? "skipped", CancellationToken.None),
            _ => await queue.FailAsync(item, outcome.Message ?? "failed", outcome.Retryable, CancellationToken.None),
        };
        if (!settled)
        {
            logger.LogWarning("Item {Item}: lease lost before it was settled; another worker owns it now", item.Id);
        }
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
