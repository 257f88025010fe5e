using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsPortal.Data;

namespace NewsPortal.Reading;

/// <summary>
/// Caches aggregates (events per month, counts, co-mentions) that every page view would otherwise
/// recompute over the whole table. Keyed by <see cref="ContentChanges.Version"/>, so any committed
/// change is seen at once. While that listener is down, keyed by the newest article, mention and
/// event ids instead (new rows still show at once; edits within <see cref="Lifetime"/>).
/// </summary>
public sealed class AggregateCache(IMemoryCache cache, ContentChanges changes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>With exact invalidation an entry only needs to expire to free memory.</summary>
    public static readonly TimeSpan LiveLifetime = TimeSpan.FromMinutes(10);

    public async Task<T> GetAsync<T>(NewsPortalDbContext db, string key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var live = changes.IsLive;
        var version = live ? "live:" + changes.Version : await VersionAsync(db, cancellationToken);
        var versioned = key + "|" + version;
        if (cache.TryGetValue(versioned, out T? value) && value is not null)
        {
            return value;
        }
        value = await compute();
        cache.Set(versioned, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = live ? LiveLifetime : Lifetime, Size = 1 });
        return value;
    }

    /// <summary>The sources readers filter by (timeline and search forms): the same for every view.</summary>
    public Task<List<(int Id, string Name)>> SourcesAsync(NewsPortalDbContext db, CancellationToken cancellationToken) =>
        GetAsync(db, "sources", async () =>
            (await db.Sources.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Name)).ToList(), cancellationToken);

    /// <summary>The newest event, mention and article ids, in one round trip (each an index lookup).</summary>
    public static Task<string> VersionAsync(NewsPortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|', coalesce((SELECT max(id) FROM events), 0), coalesce((SELECT max(id) FROM mentions), 0),
                coalesce((SELECT max(id) FROM articles), 0)) AS "Value"
            """).SingleAsync(cancellationToken);
}
