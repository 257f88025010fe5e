using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace NewsPortal.Scraping;

/// <summary>
/// robots.txt per origin, fetched once and kept for a while. A missing file (4xx) allows
/// everything; an unreachable one (5xx, network) disallows everything until it is tried again.
/// </summary>
public sealed class RobotsCache(IHttpClientFactory clients, IOptions<ScrapingOptions> options, TimeProvider time)
{
    private const int MaxRobotsBytes = 512 * 1024;
    private static readonly TimeSpan RetryUnreachableAfter = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    public RobotsCache(IHttpClientFactory clients, IOptions<ScrapingOptions> options)
        : this(clients, options, TimeProvider.System)
    {
    }

    public async Task<RobotsPolicy> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (entries.TryGetValue(origin, out var cached) && cached.Expires > time.GetUtcNow())
        {
            return (await cached.Load.ConfigureAwait(false)).Policy;
        }
        var entry = new Entry(LoadAsync(new Uri(origin + "/robots.txt"), cancellationToken), DateTimeOffset.MaxValue);
        entries[origin] = entry;
        var (policy, lifetime) = await entry.Load.ConfigureAwait(false);
        entries[origin] = entry with { Expires = time.GetUtcNow() + lifetime };
        return policy;
    }

    private async Task<(RobotsPolicy, TimeSpan)> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var client = clients.CreateClient(Fetcher.HttpClientName);
        var url = robotsUrl;
        try
        {
            for (var hop = 0; hop <= 5; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("User-Agent", o.UserAgent);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = new Uri(url, location);
                    continue;
                }
                if (response.IsSuccessStatusCode)
                {
                    var bytes = await BodyReader.ReadAsync(response.Content, MaxRobotsBytes, cancellationToken).ConfigureAwait(false);
                    var text = CharsetDetector.Decode(bytes.Bytes, response.Content.Headers.ContentType?.ToString()).Text;
                    return (RobotsPolicy.Parse(text, o.UserAgent, url), o.RobotsCacheDuration);
                }
                if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    return (RobotsPolicy.AllowAll, o.RobotsCacheDuration);
                }
                return (RobotsPolicy.Unavailable($"HTTP {status} for {url}"), RetryUnreachableAfter);
            }
            return (RobotsPolicy.AllowAll, o.RobotsCacheDuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var reason = e is OperationCanceledException or Polly.Timeout.TimeoutRejectedException ? "timed out" : e.Message;
            return (RobotsPolicy.Unavailable($"{reason} ({robotsUrl})"), cancellationToken.IsCancellationRequested ? TimeSpan.Zero : RetryUnreachableAfter);
        }
    }

    private sealed record Entry(Task<(RobotsPolicy Policy, TimeSpan Lifetime)> Load, DateTimeOffset Expires);
}
