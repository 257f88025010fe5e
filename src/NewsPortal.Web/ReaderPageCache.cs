using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsPortal.Data;

namespace NewsPortal.Web;

/// <summary>
/// Whole-response cache for what anonymous readers GET (pages, API, feed, CSV). An entry is keyed by
/// path, every query value, interface language and <see cref="ContentChanges.Version"/>, and all
/// entries are dropped when a change is committed anywhere, so readers never see data older than
/// the last commit. Signed-in users (editors checking their corrections) always get a fresh render.
/// </summary>
public sealed class ReaderPageCache(ContentChanges changes, IOptions<ReaderPageCache.Options> options, IHostApplicationLifetime lifetime) : IOutputCachePolicy
{
    public const string PolicyName = "reader";
    private const string Tag = "reader";

    public sealed class Options
    {
        public const string Section = "NewsPortal:PageCache";

        public bool Enabled { get; set; } = true;

        /// <summary>A bound on staleness should a change notice ever be lost; changes normally evict at once.</summary>
        public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

        public long SizeLimitMegabytes { get; set; } = 256;
    }

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Options>().Bind(configuration.GetSection(Options.Section));
        services.AddSingleton<ReaderPageCache>();
        services.AddHostedService<Eviction>();
        services.AddOutputCache(cache => cache.AddPolicy(PolicyName, new Deferred()));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<Options>>((cache, options) => cache.SizeLimit = options.Value.SizeLimitMegabytes * 1024 * 1024);
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var use = options.Value.Enabled && changes.IsLive
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = use;
        context.AllowCacheStorage = use;
        // Concurrent requests for one missing entry wait for a single render.
        context.AllowLocking = true;
        if (use)
        {
            // That render serves everyone waiting for the entry: the first reader closing the tab must
            // not cancel it (the others would get an error). It stops only when the portal does.
            context.HttpContext.RequestAborted = lifetime.ApplicationStopping;
        }
        context.ResponseExpirationTimeSpan = options.Value.Lifetime;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["ui"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["content"] = changes.Version.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Errors, redirects and anything that sets a cookie are never shared between readers.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Options take a policy instance before the container exists; this one asks the request's services.</summary>
    private sealed class Deferred : IOutputCachePolicy
    {
        private static ReaderPageCache Policy(OutputCacheContext context) => context.HttpContext.RequestServices.GetRequiredService<ReaderPageCache>();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => Policy(context).CacheRequestAsync(context, cancellation);

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => Policy(context).ServeFromCacheAsync(context, cancellation);

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => Policy(context).ServeResponseAsync(context, cancellation);
    }

    /// <summary>Drops every reader entry when a change is committed, so stale pages do not fill the memory.</summary>
    private sealed class Eviction(ContentChanges changes, IOutputCacheStore store, ILogger<Eviction> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            changes.Changed += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            changes.Changed -= Evict;
            return Task.CompletedTask;
        }

        private void Evict(string table) => _ = EvictAsync();

        private async Task EvictAsync()
        {
            try
            {
                await store.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception e)
            {
                // Entries are keyed by version: a failed eviction wastes memory until they expire, nothing more.
                logger.LogWarning(e, "Evicting reader pages failed");
            }
        }
    }
}
