using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsPortal.Scraping;

/// <summary>
/// Per-host manners: at most N requests in flight to one host, and a minimum gap between the
/// starts of two requests to it (the larger of our setting and the site's Crawl-delay).
/// </summary>
public sealed class HostPoliteness(IOptions<ScrapingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Gate> gates = new(StringComparer.OrdinalIgnoreCase);

    public HostPoliteness(IOptions<ScrapingOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Waits for a slot and for the host's next start time; dispose the lease when the request is done.</summary>
    public async Task<IDisposable> EnterAsync(string host, TimeSpan? crawlDelay, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var gate = gates.GetOrAdd(host, _ => new Gate(Math.Max(1, o.MaxConcurrencyPerHost)));
        await gate.Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var gap = o.MinDelayPerHost;
            if (crawlDelay is { } cd)
            {
                gap = TimeSpan.FromTicks(Math.Max(gap.Ticks, Math.Min(cd.Ticks, o.MaxCrawlDelay.Ticks)));
            }
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                var start = now > gate.NextStart ? now : gate.NextStart;
                gate.NextStart = start + gap;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            return new Lease(gate.Slots);
        }
        catch
        {
            gate.Slots.Release();
            throw;
        }
    }

    private sealed class Gate(int slots)
    {
        public SemaphoreSlim Slots { get; } = new(slots, slots);
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
