using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Actors;
using NewsPortal.Model;

namespace NewsPortal.Reading;

/// <summary>Finding actors the way readers name them: by public id, or by a name in any spelling.</summary>
public static class ActorQueries
{
    /// <summary>The actor a public id names: its Wikidata id when verified, else its own key.</summary>
    public static IQueryable<Actor> WithPublicId(this IQueryable<Actor> actors, string publicId) =>
        actors.Where(a => a.WikidataId == publicId || (a.WikidataId == null && a.Key == publicId));

    /// <summary>
    /// The actors a reader means by <paramref name="text"/>: the actor with that public id, else
    /// every actor the gazetteer resolves the text to (any spelling, Arabic or English, with proclitics).
    /// </summary>
    public static async Task<List<Actor>> ResolveAsync(this IQueryable<Actor> actors, Gazetteer gazetteer, string text, CancellationToken cancellationToken)
    {
        var byId = await actors.AsNoTracking().WithPublicId(text).ToListAsync(cancellationToken);
        if (byId.Count > 0)
        {
            return byId;
        }
        var keys = gazetteer.Resolve(text).Select(e => e.Id).ToList();
        return keys.Count == 0 ? [] : await actors.AsNoTracking().Where(a => keys.Contains(a.Key)).ToListAsync(cancellationToken);
    }
}
