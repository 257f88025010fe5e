using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Timeline;

/// <summary>
/// Caches aggregates (events per month, counts, co-mentions) that every page view would otherwise
/// recompute over the whole table. A cached value is keyed by the newest article, mention and event
/// ids, so new data is seen at once; edits to existing rows show within <see cref="Lifetime"/>.
/// </summary>
public sealed class AggregateCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public async Task<T> GetAsync<T>(NewsPortalDbContext db, string key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var versioned = key + "|" + await VersionAsync(db, cancellationToken);
        if (cache.TryGetValue(versioned, out T? value) && value is not null)
        {
            return value;
        }
        value = await compute();
        cache.Set(versioned, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return value;
    }

    /// <summary>The newest event, mention and article ids, in one round trip (each an index lookup).</summary>
    public static Task<string> VersionAsync(NewsPortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|', coalesce((SELECT max(id) FROM events), 0), coalesce((SELECT max(id) FROM mentions), 0),
                coalesce((SELECT max(id) FROM articles), 0)) AS "Value"
            """).SingleAsync(cancellationToken);
}
