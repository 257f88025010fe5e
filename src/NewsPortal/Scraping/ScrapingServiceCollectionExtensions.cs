using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace NewsPortal.Scraping;

public static class ScrapingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the fetcher (named HttpClient with retries and per-attempt timeouts), politeness,
    /// robots cache and the feed and sitemap readers. Options come from the
    /// "Scraping" section; <paramref name="configure"/> can adjust them in code (tests do).
    /// </summary>
    public static IServiceCollection AddScraping(
        this IServiceCollection services, IConfiguration configuration, Action<ScrapingOptions>? configure = null)
    {
        var options = services.AddOptions<ScrapingOptions>().Bind(configuration.GetSection(ScrapingOptions.Section));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddHttpClient(Fetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                // Through a proxy the connect-time guard would see only the proxy, not the page's host.
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(15),
                MaxResponseHeadersLength = 64,
                ConnectCallback = (context, cancellationToken) =>
                    ConnectAsync(context, sp.GetRequiredService<IOptions<ScrapingOptions>>().Value.AllowLoopback, cancellationToken),
            })
            .AddResilienceHandler("scraping", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<ScrapingOptions>>().Value;
                if (o.MaxRetries > 0)
                {
                    pipeline.AddRetry(RetryPolicy.Create(o));
                }
                pipeline.AddTimeout(o.AttemptTimeout);
            });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HostPoliteness>();
        services.AddSingleton<RobotsCache>();
        services.AddTransient<Fetcher>();
        services.AddTransient<SitemapReader>();
        return services;
    }

    /// <summary>Connects only to addresses the <see cref="AddressGuard"/> allows, resolved here so DNS cannot change them afterwards.</summary>
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var (allowed, refusal) = await AddressGuard.ResolveAsync(context.DnsEndPoint.Host, allowLoopback, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            throw new ForbiddenAddressException(refusal);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>Which failures are retried, and how long to wait: Retry-After when the server says, else backoff with jitter.</summary>
public static class RetryPolicy
{
    public static HttpRetryStrategyOptions Create(ScrapingOptions o) => new()
    {
        MaxRetryAttempts = Math.Max(1, o.MaxRetries),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = o.RetryBaseDelay,
        ShouldRetryAfterHeader = false,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, o.MaxRetryAfter)),
        DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
    };

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is (HttpRequestException and not ForbiddenAddressException) or Polly.Timeout.TimeoutRejectedException
                && outcome.Exception.InnerException is not ForbiddenAddressException;
        }
        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        var transient = status is 408 or 429 || status >= 500;
        return transient && (RetryAfter(response) is not { } wait || wait <= maxRetryAfter);
    }

    /// <summary>The server's Retry-After as a delay (seconds or a date), or null for the default backoff.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
