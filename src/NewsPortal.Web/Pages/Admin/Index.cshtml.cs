using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin;

public class IndexModel(NewsPortalDbContext db) : AdminPageModel
{
    public int Sources { get; private set; }
    public int ActiveRuns { get; private set; }
    public int FailedItems { get; private set; }
    public int Candidates { get; private set; }
    public int UnreviewedEvents { get; private set; }
    public int Articles { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await db.Sources.CountAsync(cancellationToken);
        ActiveRuns = await db.IngestionRuns.CountAsync(r => r.State == RunState.Queued || r.State == RunState.Running, cancellationToken);
        FailedItems = await db.IngestionItems.CountAsync(i => i.State == ItemState.Parked || i.State == ItemState.Failed, cancellationToken);
        Candidates = await db.Actors.CountAsync(a => a.Status == ActorStatus.Candidate, cancellationToken);
        UnreviewedEvents = await db.Events.CountAsync(e => e.Review == ReviewState.Unreviewed, cancellationToken);
        Articles = await db.Articles.CountAsync(cancellationToken);
    }
}
