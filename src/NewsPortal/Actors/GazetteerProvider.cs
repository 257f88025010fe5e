using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Analysis.Actors;
using NewsPortal.Data;

namespace NewsPortal.Actors;

/// <summary>
/// The current gazetteer, built from the actors table and kept until the actors, their aliases or
/// roles change — by an edit here or, through <see cref="ContentChanges"/>, in any other process.
/// Singleton: tagging and search share one immutable gazetteer per version of the table.
/// </summary>
public sealed class GazetteerProvider : IDisposable
{
    private static readonly HashSet<string> GazetteerTables = [ContentChanges.AnyTable, "actors", "actor_aliases", "actor_roles"];
    private readonly IServiceScopeFactory scopes;
    private readonly ContentChanges changes;
    private readonly SemaphoreSlim gate = new(1, 1);
    private Gazetteer? current;
    private long generation;

    public GazetteerProvider(IServiceScopeFactory scopes, ContentChanges changes)
    {
        this.scopes = scopes;
        this.changes = changes;
        changes.Changed += OnContentChanged;
    }

    public async Task<Gazetteer> GetAsync(CancellationToken cancellationToken = default)
    {
        if (current is { } cached)
        {
            return cached;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }
            var loadingGeneration = Interlocked.Read(ref generation);
            await using var scope = scopes.CreateAsyncScope();
            var loaded = await scope.ServiceProvider.GetRequiredService<ActorCatalog>().LoadGazetteerAsync(cancellationToken);
            // A change announced while loading may not be in what was read: use it once, keep none.
            if (loadingGeneration == Interlocked.Read(ref generation))
            {
                current = loaded;
            }
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Call after actors or aliases change; the next caller rebuilds.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        current = null;
    }

    private void OnContentChanged(string table)
    {
        if (GazetteerTables.Contains(table))
        {
            Invalidate();
        }
    }

    public void Dispose()
    {
        changes.Changed -= OnContentChanged;
        gate.Dispose();
    }
}
