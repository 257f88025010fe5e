using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Items;

/// <summary>Items that failed for good or were parked after the retry limit, with the reason; retry one or all.</summary>
public class IndexModel(NewsPortalDbContext db, RunControl runs) : AdminPageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<IngestionItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Clamp(p, 1, 100_000);
        var failed = db.IngestionItems.AsNoTracking().Where(i => i.State == ItemState.Failed || i.State == ItemState.Parked);
        Total = await failed.CountAsync(cancellationToken);
        Items = await failed.Include(i => i.Run).ThenInclude(r => r!.Source)
            .OrderByDescending(i => i.UpdatedAtUtc).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        if (await runs.RetryAsync(id, Admin, cancellationToken))
        {
            Flash("أُعيد العنصر إلى قائمة الانتظار.");
        }
        else
        {
            FlashError("لا يوجد عنصر فاشل بهذا المعرّف.");
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken)
    {
        var count = await runs.RetryAllAsync(Admin, cancellationToken);
        Flash($"أُعيد {count} عنصرًا إلى قائمة الانتظار.");
        return RedirectToPage();
    }
}
