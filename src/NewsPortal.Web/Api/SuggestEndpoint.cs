using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Actors;

namespace NewsPortal.Web.Api;

/// <summary>Autocomplete for actor names: every spelling the gazetteer knows, by normalized prefix.</summary>
public static class SuggestEndpoint
{
    public sealed record Suggestion(string Text, string PublicId, string Name);

    public static async Task<Ok<List<Suggestion>>> GetAsync(string? q, GazetteerProvider gazetteers, CancellationToken cancellationToken)
    {
        var prefix = (q ?? "").Trim();
        if (prefix.Length is 0 or > 100)
        {
            return TypedResults.Ok(new List<Suggestion>());
        }
        var gazetteer = await gazetteers.GetAsync(cancellationToken);
        var list = gazetteer.Suggest(prefix, 12)
            .Select(a => gazetteer.Find(a.ActorId) is { } e ? new Suggestion(a.Text, e.PublicId, e.NamesAr.Count > 0 ? e.NamesAr[0] : e.Name) : null)
            .OfType<Suggestion>()
            .DistinctBy(s => s.Text)
            .ToList();
        return TypedResults.Ok(list);
    }
}
