using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Actors;

/// <summary>Actors by name or spelling, and the candidates the engine proposed, to accept or reject.</summary>
public class IndexModel(NewsPortalDbContext db, ActorEditor editor) : AdminPageModel
{
    public const int Limit = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public IReadOnlyList<Row> Actors { get; private set; } = [];
    public IReadOnlyList<string> Kinds { get; private set; } = [];

    public sealed record Row(int Id, string Key, string NameAr, string NameEn, string Kind, ActorStatus Status, int? MergedInto, int Aliases);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kinds = await KindsAsync(db, cancellationToken);
        var actors = db.Actors.AsNoTracking();
        actors = Status switch
        {
            "candidate" => actors.Where(a => a.Status == ActorStatus.Candidate),
            "rejected" => actors.Where(a => a.Status == ActorStatus.Rejected),
            "merged" => actors.Where(a => a.MergedIntoActorId != null),
            _ => actors,
        };
        if (Query is { Length: > 0 } q)
        {
            if (q.Length > 200)
            {
                ModelState.AddModelError("q", "نص البحث أطول من 200 حرف.");
                return;
            }
            var key = ArabicNormalizer.Normalize(q);
            var like = "%" + q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            actors = actors.Where(a => EF.Functions.ILike(a.NameAr, like) || EF.Functions.ILike(a.NameEn, like) || EF.Functions.ILike(a.Key, like)
                || (key.Length > 0 && a.Aliases.Any(l => l.Key.Contains(key))));
        }
        Actors = await actors.OrderBy(a => a.Status == ActorStatus.Candidate ? 0 : 1).ThenBy(a => a.NameAr).Take(Limit)
            .Select(a => new Row(a.Id, a.Key, a.NameAr, a.NameEn, a.Kind, a.Status, a.MergedIntoActorId, a.Aliases.Count(l => !l.Suppressed)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string? kind, CancellationToken cancellationToken)
    {
        Report(await editor.AcceptAsync(id, kind ?? "", Admin, cancellationToken), "قُبل الفاعل المرشح. أعد وسم المقالات ليظهر في الوسوم.");
        return RedirectToPage(new { status = "candidate" });
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        Report(await editor.RejectAsync(id, Admin, cancellationToken), "رُفض الفاعل المرشح.");
        return RedirectToPage(new { status = "candidate" });
    }

    private void Report(EditResult result, string done)
    {
        if (result.Succeeded)
        {
            Flash(done);
        }
        else
        {
            FlashError(result.Error!);
        }
    }

    public static async Task<IReadOnlyList<string>> KindsAsync(NewsPortalDbContext db, CancellationToken cancellationToken) =>
        await db.Actors.Where(a => a.Status == ActorStatus.Accepted).Select(a => a.Kind).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
}
