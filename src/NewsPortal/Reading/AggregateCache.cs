using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsPortal.Data;

namespace NewsPortal.Reading;

/// <summary>
/// Caches aggregates (events per month, counts, co-mentions) that every page view would otherwise
/// recompute over the whole table. Keyed by <see cref="ContentChanges.Version"/>, so any committed
/// change is seen at once; an aggregate read from a few tables only (<see cref="ActorTables"/>) may
/// instead be keyed by the changes to those tables, so ingestion's commits to articles and events
/// leave it be. While that listener is down, keyed by the newest article, mention and event ids
/// instead (new rows still show at once; edits within <see cref="Lifetime"/>).
/// </summary>
public sealed class AggregateCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>With exact invalidation an entry only needs to expire to free memory.</summary>
    public static readonly TimeSpan LiveLifetime = TimeSpan.FromMinutes(10);

    /// <summary>What actor names, public ids and a country's members are read from.</summary>
    public static readonly IReadOnlyList<string> ActorTables = ["actors", "actor_aliases", "actor_roles"];

    private readonly IMemoryCache cache;
    private readonly ContentChanges changes;
    // Changes seen per table since start ("*": any table may have changed, as on a reconnect).
    private readonly ConcurrentDictionary<string, long> tableChanges = new();

    public AggregateCache(IMemoryCache cache, ContentChanges changes)
    {
        this.cache = cache;
        this.changes = changes;
        changes.Changed += table => tableChanges.AddOrUpdate(table, 1, (_, n) => n + 1);
    }

    public Task<T> GetAsync<T>(NewsPortalDbContext db, string key, Func<Task<T>> compute, CancellationToken cancellationToken) =>
        GetAsync(db, key, null, compute, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="tables"/>, the value is kept until one of those tables changes
    /// (the compute must read no other reader-visible table).
    /// </summary>
    public async Task<T> GetAsync<T>(NewsPortalDbContext db, string key, IReadOnlyList<string>? tables, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var live = changes.IsLive;
        var version = !live ? await VersionAsync(db, cancellationToken)
            : tables is null ? "live:" + changes.Version
            : "tables:" + string.Join(',', tables.Prepend(ContentChanges.AnyTable).Select(t => tableChanges.GetValueOrDefault(t)));
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
        GetAsync(db, "sources", ["sources"], async () =>
            (await db.Sources.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Name)).ToList(), cancellationToken);

    /// <summary>The newest event, mention and article ids, in one round trip (each an index lookup).</summary>
    public static Task<string> VersionAsync(NewsPortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|', coalesce((SELECT max(id) FROM events), 0), coalesce((SELECT max(id) FROM mentions), 0),
                coalesce((SELECT max(id) FROM articles), 0)) AS "Value"
            """).SingleAsync(cancellationToken);
}
