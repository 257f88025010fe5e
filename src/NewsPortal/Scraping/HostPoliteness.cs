using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsPortal.Scraping;

/// <summary>
/// Per-host manners: at most N requests in flight to one host, a minimum gap between the
/// starts of two requests to it (the larger of our setting and the site's Crawl-delay), and no
/// request at all while the server's Retry-After holds.
/// </summary>
public sealed class HostPoliteness(IOptions<ScrapingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Gate> gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Servers (host and port) that asked us to come back later, and when.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> holds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A 429 or 503 said Retry-After: nothing is sent to that server before <paramref name="until"/>.</summary>
    public void Hold(Uri server, DateTimeOffset until) =>
        holds.AddOrUpdate(server.Authority, until, (_, held) => held > until ? held : until);

    /// <summary>Until when the server asked us to wait, or null when requests may go.</summary>
    public DateTimeOffset? HeldUntil(Uri server) =>
        holds.TryGetValue(server.Authority, out var until) && until > time.GetUtcNow() ? until : null;

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
