using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Sources;

public class IndexModel(NewsPortalDbContext db, SourceScheduler scheduler, AuditLog audit) : AdminPageModel
{
    public IReadOnlyList<Row> Sources { get; private set; } = [];

    public sealed record Row(Source Source, int Articles, IngestionRun? LastRun);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var articles = await db.Articles.Where(a => a.SourceId != null).GroupBy(a => a.SourceId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var lastRuns = await db.IngestionRuns.AsNoTracking().Where(r => r.SourceId != null)
            .GroupBy(r => r.SourceId!.Value).Select(g => g.OrderByDescending(r => r.Id).First())
            .ToDictionaryAsync(r => r.SourceId!.Value, cancellationToken);
        Sources = [.. sources.Select(s => new Row(s, articles.GetValueOrDefault(s.Id), lastRuns.GetValueOrDefault(s.Id)))];
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Sources.FindAsync([id], cancellationToken) is not { } source)
        {
            FlashError("لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage();
        }
        source.Enabled = !source.Enabled;
        audit.Record(Admin, source.Enabled ? "source.enable" : "source.disable", $"source {source.Id} ({source.Name})");
        await db.SaveChangesAsync(cancellationToken);
        Flash(source.Enabled ? $"فُعّل المصدر «{source.Name}»." : $"عُطّل المصدر «{source.Name}».");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Sources.FindAsync([id], cancellationToken) is not { } source)
        {
            FlashError("لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage();
        }
        if (await db.IngestionRuns.AnyAsync(r => r.SourceId == id && r.Kind == RunKind.Fetch
                && (r.State == RunState.Queued || r.State == RunState.Running), cancellationToken))
        {
            FlashError($"للمصدر «{source.Name}» عملية جلب جارية بالفعل.");
            return RedirectToPage();
        }
        var run = await scheduler.StartAsync(source, Admin, cancellationToken);
        audit.Record(Admin, "source.run", $"source {source.Id} ({source.Name})", $"run {run.Id}");
        await db.SaveChangesAsync(cancellationToken);
        Flash($"بدأ جلب المصدر «{source.Name}».");
        return RedirectToPage("/Admin/Runs/Details", new { id = run.Id });
    }
}
