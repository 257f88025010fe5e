using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Actors;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
[ReaderQuery("q")]
public class IndexModel(NewsPortalDbContext db, GazetteerProvider gazetteers) : PageModel
{
    public string Query { get; private set; } = "";
    public IReadOnlyList<ActorLink> Actors { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = ParsedSearch.Clean(q);
        var actors = db.Actors.AsNoTracking().Where(a => a.Status == ActorStatus.Accepted && a.MergedIntoActorId == null);
        if (Query.Length > 0)
        {
            // Any spelling: whole names through the gazetteer, beginnings of names through its aliases.
            var gazetteer = await gazetteers.GetAsync(cancellationToken);
            var keys = gazetteer.Resolve(Query).Select(e => e.Id).Concat(gazetteer.Suggest(Query, 200).Select(s => s.ActorId)).Distinct().ToList();
            actors = actors.Where(a => keys.Contains(a.Key));
        }
        Actors = await actors.OrderBy(a => a.Kind).ThenBy(a => a.NameAr)
            .Select(a => ActorLink.Of(a.WikidataId, a.Key, a.NameAr, a.NameEn, a.Kind))
            .ToListAsync(cancellationToken);
    }
}
