using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Runs;

/// <summary>One run with live progress: the page polls <c>/admin/runs/{id}/progress</c> and redraws the bar.</summary>
public class DetailsModel(NewsPortalDbContext db, RunControl runs) : AdminPageModel
{
    public IngestionRun Run { get; private set; } = null!;
    public RunProgress Progress { get; private set; } = null!;
    public IReadOnlyList<IngestionItem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var run = await db.IngestionRuns.AsNoTracking().Include(r => r.Source).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null || await runs.GetProgressAsync(id, cancellationToken) is not { } progress)
        {
            FlashError("لا توجد عملية بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        (Run, Progress) = (run, progress);
        Problems = await db.IngestionItems.AsNoTracking()
            .Where(i => i.RunId == id && (i.State == ItemState.Failed || i.State == ItemState.Parked))
            .OrderBy(i => i.Id).Take(50).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The numbers the progress bar shows, for the page's polling script.</summary>
    public async Task<IActionResult> OnGetProgressAsync(long id, CancellationToken cancellationToken)
    {
        if (await runs.GetProgressAsync(id, cancellationToken) is not { } p)
        {
            return NotFound();
        }
        return new JsonResult(new
        {
            state = p.State.ToString(),
            stateLabel = AdminLabels.RunState(p.State),
            total = p.Total,
            done = p.Done,
            succeeded = p.Succeeded,
            skipped = p.Skipped,
            failed = p.Failed,
            parked = p.Parked,
            pending = p.Pending,
            processing = p.Processing,
            percent = p.Percent,
            rate = p.ItemsPerMinute is { } r ? Math.Round(r, 1) : (double?)null,
            eta = Eta(p.Eta),
            finished = p.State is RunState.Completed or RunState.Cancelled,
        });
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken)
    {
        if (await runs.CancelAsync(id, Admin, cancellationToken))
        {
            Flash("أُلغيت العملية؛ العناصر المنتظرة لن تُعالج.");
        }
        else
        {
            FlashError("لا يمكن إلغاء هذه العملية: غير موجودة أو انتهت.");
        }
        return RedirectToPage(new { id });
    }

    public static string Eta(TimeSpan? eta) => eta switch
    {
        null => "—",
        { TotalHours: >= 1 } t => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:D2}:{t.Seconds:D2}"),
        var t => string.Create(CultureInfo.InvariantCulture, $"{t.Value.Minutes:D2}:{t.Value.Seconds:D2}"),
    };
}
