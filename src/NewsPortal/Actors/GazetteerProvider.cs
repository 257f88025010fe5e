using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Analysis.Actors;

namespace NewsPortal.Actors;

/// <summary>
/// The current gazetteer, built from the actors table and cached until an admin edit invalidates it.
/// Singleton: tagging and search share one immutable gazetteer per version of the table.
/// </summary>
public sealed class GazetteerProvider(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Gazetteer? current;

    public async Task<Gazetteer> GetAsync(CancellationToken cancellationToken = default)
    {
        if (current is { } cached)
        {
            return cached;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                current = await scope.ServiceProvider.GetRequiredService<ActorCatalog>().LoadGazetteerAsync(cancellationToken);
            }
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Call after actors or aliases change; the next caller rebuilds.</summary>
    public void Invalidate() => current = null;

    public void Dispose() => gate.Dispose();
}
