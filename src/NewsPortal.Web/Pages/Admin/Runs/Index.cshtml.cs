using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Runs;

public class IndexModel(NewsPortalDbContext db) : AdminPageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<IngestionRun> Runs { get; private set; } = [];
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Clamp(p, 1, 100_000);
        var runs = await db.IngestionRuns.AsNoTracking().Include(r => r.Source)
            .OrderByDescending(r => r.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasMore = runs.Count > PageSize;
        Runs = runs.Take(PageSize).ToList();
    }
}
