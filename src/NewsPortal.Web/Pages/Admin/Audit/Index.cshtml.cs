using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Audit;

/// <summary>Who did what, when: newest first, paged.</summary>
public class IndexModel(NewsPortalDbContext db) : AdminPageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Clamp(p, 1, 1_000_000);
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = entries.Count > PageSize;
        Entries = entries.Take(PageSize).ToList();
    }
}
