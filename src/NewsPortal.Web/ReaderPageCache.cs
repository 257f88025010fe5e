using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NewsPortal.Data;

namespace NewsPortal.Web;

/// <summary>
/// Whole-response cache for what anonymous readers GET (pages, API, feed, CSV). An entry is keyed by
/// path, the values of the query parameters the page reads (<see cref="ReaderQueryAttribute"/>: any
/// other parameter makes no entry of its own), interface language and <see cref="ContentChanges.Version"/>,
/// and all entries are dropped when a change is committed anywhere, so readers never see data older
/// than the last commit. Signed-in users (editors checking their corrections) always get a fresh render.
/// </summary>
public sealed class ReaderPageCache(ContentChanges changes, IOptions<ReaderPageCache.Options> options, IHostApplicationLifetime lifetime) : IOutputCachePolicy
{
    public const string PolicyName = "reader";
    private const string Tag = "reader";

    /// <summary>Read by Razor Pages on every page (the handler to run): always part of the key.</summary>
    private static readonly string[] FrameworkKeys = ["handler"];

    private readonly SharedRenders renders = new(lifetime.ApplicationStopping);
    private readonly PageVersions versions = new();

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
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var use = options.Value.Enabled && changes.IsLive
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = use;
        context.AllowCacheStorage = use;
        // Concurrent requests for one missing entry wait for a single render.
        context.AllowLocking = true;
        // Only the parameters the page reads; a page that declares none varies by all of them.
        var keys = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ReaderQueryAttribute>() is { } reads
            ? new StringValues([.. FrameworkKeys, .. reads.Keys])
            : new StringValues("*");
        context.ResponseExpirationTimeSpan = options.Value.Lifetime;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = keys;
        context.CacheVaryByRules.VaryByValues["ui"] = CultureInfo.CurrentUICulture.Name;
        var version = changes.Version;
        if (!use)
        {
            context.CacheVaryByRules.VaryByValues["content"] = version.ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        }
        var page = RenderKey(request, keys, context.CacheVaryByRules.VaryByValues);
        var served = versions.Choose(page, version, changes.VersionAge, changes.MinInterval, context.HttpContext);
        if (served != version)
        {
            // The previous rendering, while another request renders this version: it is not stored again.
            context.AllowCacheStorage = false;
        }
        context.Tags.Add(VersionTag(served));
        context.CacheVaryByRules.VaryByValues["content"] = served.ToString(CultureInfo.InvariantCulture);
        // That render serves everyone waiting for the entry: the first reader closing the tab must
        // not cancel it (the others would get an error). It stops when every one of them has left.
        context.HttpContext.RequestAborted = renders.Join(page + "|content=" + served.ToString(CultureInfo.InvariantCulture), context.HttpContext);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// What makes two requests wait for the same render: what the entry is keyed by, never finer (two
    /// groups waiting for one render would let one group cancel the other's), values in any order.
    /// </summary>
    private static string RenderKey(HttpRequest request, StringValues keys, IDictionary<string, string> values)
    {
        var key = new StringBuilder(request.Path.Value?.ToUpperInvariant());
        var query = keys == "*" ? [.. request.Query.Keys.Order(StringComparer.OrdinalIgnoreCase)] : keys.ToArray();
        foreach (var name in query)
        {
            key.Append('|').Append(name?.ToUpperInvariant()).Append('=').AppendJoin(',', request.Query[name!].Order(StringComparer.Ordinal));
        }
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            key.Append('|').Append(name).Append('=').Append(value);
        }
        return key.ToString();
    }

    /// <summary>The request's query string with only the parameters the page reads (all when it declares none).</summary>
    public static string QueryRead(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.GetEndpoint()?.Metadata.GetMetadata<ReaderQueryAttribute>() is not { } reads)
        {
            return http.Request.QueryString.Value ?? "";
        }
        var kept = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var name in reads.Keys)
        {
            foreach (var value in http.Request.Query[name])
            {
                kept.Add(name, value ?? "");
            }
        }
        return kept.ToString();
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // The entry a claiming request looked for is there already: the page is stored at that version.
        PageVersions.Stored(context.HttpContext, stored: true);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Errors, redirects and anything that sets a cookie are never shared between readers.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        PageVersions.Stored(context.HttpContext, context.AllowCacheStorage);
        return ValueTask.CompletedTask;
    }

    private static string VersionTag(long version) => Tag + ":" + version.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Stale-while-revalidate by content version. Per page (path, the parameters it reads, language):
    /// the newest version stored and the version a request is rendering. After a change the first
    /// request renders the page anew (so the next view after a correction shows it); readers arriving
    /// while it renders get the previous rendering instead of waiting for it, as long as that one is
    /// the version just before and the change is younger than <see cref="ContentChanges.MinInterval"/>
    /// (past that, or further behind, they wait as before).
    /// </summary>
    private sealed class PageVersions
    {
        private const string ItemKey = "NewsPortal.ReaderPageCache.Claim";
        private readonly ConcurrentDictionary<string, long> stored = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> rendering = new(StringComparer.Ordinal);

        public long Choose(string page, long version, TimeSpan versionAge, TimeSpan interval, HttpContext http)
        {
            var ready = stored.TryGetValue(page, out var r) ? r : (long?)null;
            if (ready == version)
            {
                return version;
            }
            if (rendering.TryAdd(page, version))
            {
                var claim = new Claim(this, page, version);
                http.Items[ItemKey] = claim;
                http.Response.RegisterForDispose(claim);
                return version;
            }
            var renderingNow = rendering.TryGetValue(page, out var v) && v == version;
            return renderingNow && ready == version - 1 && versionAge <= interval ? version - 1 : version;
        }

        public static void Stored(HttpContext http, bool stored)
        {
            if (http.Items.TryGetValue(ItemKey, out var value) && value is Claim claim)
            {
                claim.Stores = stored;
            }
        }

        /// <summary>Forgets pages last stored before <paramref name="oldest"/> (their entries are evicted with it).</summary>
        public void Forget(long oldest)
        {
            foreach (var (page, version) in stored)
            {
                if (version < oldest)
                {
                    stored.TryRemove(new KeyValuePair<string, long>(page, version));
                }
            }
        }

        private void Finish(string page, long version, bool stores)
        {
            if (stores)
            {
                stored.AddOrUpdate(page, version, (_, old) => Math.Max(old, version));
            }
            rendering.TryRemove(new KeyValuePair<string, long>(page, version));
        }

        /// <summary>The one request rendering a page's version; released when its response is done (stored or not).</summary>
        private sealed class Claim(PageVersions versions, string page, long version) : IDisposable
        {
            public bool Stores { get; set; }

            public void Dispose() => versions.Finish(page, version, Stores);
        }
    }

    /// <summary>
    /// Renders and the readers waiting for them: the output cache lets the first reader of a missing
    /// entry render it while the others wait for that render. Each reader joins on arrival and leaves
    /// when it closes the connection or is answered; when the last one leaves, the render is cancelled,
    /// since no one would read it (and a finished render no longer listens).
    /// </summary>
    private sealed class SharedRenders(CancellationToken stopping)
    {
        private readonly Dictionary<string, Render> renders = new(StringComparer.Ordinal);
        private readonly Lock gate = new();

        public CancellationToken Join(string key, HttpContext http)
        {
            Render render;
            lock (gate)
            {
                if (!renders.TryGetValue(key, out render!))
                {
                    render = new Render(key, stopping);
                    renders[key] = render;
                }
                render.Waiters++;
            }
            var waiter = new Waiter(this, render);
            waiter.Registration = http.RequestAborted.Register(waiter.Leave);
            http.Response.RegisterForDispose(waiter);
            return render.Token;
        }

        private void Leave(Render render)
        {
            lock (gate)
            {
                if (--render.Waiters > 0)
                {
                    return;
                }
                renders.Remove(render.Key);
            }
            render.Cancel();
        }

        private sealed class Render(string key, CancellationToken stopping)
        {
            private readonly CancellationTokenSource source = CancellationTokenSource.CreateLinkedTokenSource(stopping);

            public string Key { get; } = key;
            public int Waiters { get; set; }
            public CancellationToken Token => source.Token;

            public void Cancel()
            {
                source.Cancel();
                source.Dispose();
            }
        }

        /// <summary>One reader's place: it leaves once, whether it went away or was answered.</summary>
        private sealed class Waiter(SharedRenders renders, Render render) : IDisposable
        {
            private int left;

            public CancellationTokenRegistration Registration { get; set; }

            public void Leave()
            {
                if (Interlocked.Exchange(ref left, 1) == 0)
                {
                    renders.Leave(render);
                }
            }

            public void Dispose()
            {
                Registration.Dispose();
                Leave();
            }
        }
    }

    /// <summary>Options take a policy instance before the container exists; this one asks the request's services.</summary>
    private sealed class Deferred : IOutputCachePolicy
    {
        private static ReaderPageCache Policy(OutputCacheContext context) => context.HttpContext.RequestServices.GetRequiredService<ReaderPageCache>();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => Policy(context).CacheRequestAsync(context, cancellation);

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => Policy(context).ServeFromCacheAsync(context, cancellation);

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => Policy(context).ServeResponseAsync(context, cancellation);
    }

    /// <summary>
    /// Drops the entries of versions older than the one before the newest when a change is committed,
    /// so stale pages do not fill the memory; the one before is still served while pages re-render.
    /// </summary>
    private sealed class Eviction(ContentChanges changes, ReaderPageCache cache, IOutputCacheStore store, ILogger<Eviction> logger) : IHostedService
    {
        private readonly Lock gate = new();
        private long evictedBelow;

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

        private void Evict(string table) => _ = EvictAsync(changes.Version - 1);

        private async Task EvictAsync(long keepFrom)
        {
            try
            {
                cache.versions.Forget(keepFrom);
                long from;
                lock (gate)
                {
                    from = evictedBelow;
                    evictedBelow = Math.Max(evictedBelow, keepFrom);
                }
                for (var version = from; version < keepFrom; version++)
                {
                    await store.EvictByTagAsync(VersionTag(version), CancellationToken.None);
                }
            }
            catch (Exception e)
            {
                // Entries are keyed by version: a failed eviction wastes memory until they expire, nothing more.
                logger.LogWarning(e, "Evicting reader pages failed");
            }
        }
    }
}

/// <summary>
/// The query parameters a cached reader page or endpoint reads, space-separated: only their values
/// key its cache entries, so junk parameters (?x=1, ?x=2, …) share one entry instead of filling the cache.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReaderQueryAttribute(string keys) : Attribute
{
    public IReadOnlyList<string> Keys { get; } = keys.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
