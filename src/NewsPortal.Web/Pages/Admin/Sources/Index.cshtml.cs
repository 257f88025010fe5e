using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Sources;

public class IndexModel(NewsPortalDbContext db, SourceEditor editor) : AdminPageModel
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
        var result = await editor.ToggleAsync(id, Admin, cancellationToken);
        if (result.Source is not { } source)
        {
            FlashError("لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage();
        }
        Flash(source.Enabled ? $"فُعّل المصدر «{source.Name}»." : $"عُطّل المصدر «{source.Name}».");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(int id, CancellationToken cancellationToken)
    {
        var result = await editor.StartRunAsync(id, Admin, cancellationToken);
        if (result.NotFound || result.Error is not null)
        {
            FlashError(result.Error ?? "لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage();
        }
        Flash($"بدأ جلب المصدر «{result.Source!.Name}».");
        return RedirectToPage("/Admin/Runs/Details", new { id = result.Run!.Id });
    }
}
