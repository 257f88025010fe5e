using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace NewsPortal.Scraping;

public static class ScrapingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the fetcher (named HttpClient with a per-request timeout), politeness,
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
            // A timeout per request and no retries here: an item that fails is retried by the ingestion
            // queue, which is the one retry policy (retries here too would multiply the requests).
            .AddResilienceHandler("scraping", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<ScrapingOptions>>().Value.AttemptTimeout));

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
