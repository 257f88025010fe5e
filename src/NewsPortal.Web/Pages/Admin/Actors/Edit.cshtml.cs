using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Actors;

/// <summary>One actor: names, spellings (add, suppress), merge into another, accept or reject a candidate.</summary>
public class EditModel(NewsPortalDbContext db, ActorEditor editor) : AdminPageModel
{
    public static readonly AliasKind[] AliasKinds = [AliasKind.Name, AliasKind.ShortName, AliasKind.Metonym, AliasKind.Nisba, AliasKind.NisbaForm, AliasKind.English];

    public Actor Actor { get; private set; } = null!;
    public Actor? MergedInto { get; private set; }
    public IReadOnlyList<string> Kinds { get; private set; } = [];
    public int Mentions { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is null)
        {
            FlashError("لا يوجد فاعل بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        Actor = actor;
        MergedInto = actor.MergedIntoActorId is { } m ? await db.Actors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == m, cancellationToken) : null;
        Kinds = await IndexModel.KindsAsync(db, cancellationToken);
        Mentions = await db.Mentions.CountAsync(x => x.ActorId == id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? nameAr, string? nameEn, CancellationToken cancellationToken) =>
        Report(id, await editor.RenameAsync(id, nameAr ?? "", nameEn ?? "", Admin, cancellationToken), "حُفظ الاسمان.");

    public async Task<IActionResult> OnPostAddAliasAsync(int id, string? text, AliasKind kind, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !AliasKinds.Contains(kind))
        {
            FlashError("نوع التهجئة غير صالح.");
            return RedirectToPage(new { id });
        }
        return Report(id, await editor.AddAliasAsync(id, text ?? "", kind, Admin, cancellationToken), $"أُضيفت التهجئة «{text?.Trim()}».");
    }

    public async Task<IActionResult> OnPostRemoveAliasAsync(int id, int aliasId, CancellationToken cancellationToken) =>
        Report(id, await editor.SuppressAliasAsync(id, aliasId, Admin, cancellationToken), "أُوقفت التهجئة: لن تُوسم بها المقالات بعد إعادة الوسم.");

    /// <summary>Merges this actor into another, named by its number, key or Wikidata id.</summary>
    public async Task<IActionResult> OnPostMergeAsync(int id, string? into, CancellationToken cancellationToken)
    {
        into = into?.Trim();
        int? targetId = int.TryParse(into, out var n) ? n
            : into is { Length: > 0 and <= 200 }
                ? await db.Actors.Where(a => a.Key == into || a.WikidataId == into).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
                : null;
        if (targetId is null)
        {
            FlashError("لا يوجد فاعل بهذا الرقم أو المعرّف للدمج فيه.");
            return RedirectToPage(new { id });
        }
        return Report(id, await editor.MergeAsync(id, targetId.Value, Admin, cancellationToken), "دُمج الفاعل؛ انتقلت إشاراته وتهجئاته.");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string? kind, CancellationToken cancellationToken) =>
        Report(id, await editor.AcceptAsync(id, kind ?? "", Admin, cancellationToken), "قُبل الفاعل المرشح.");

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        Report(id, await editor.RejectAsync(id, Admin, cancellationToken), "رُفض الفاعل المرشح.");

    private RedirectToPageResult Report(int id, EditResult result, string done)
    {
        if (result.Succeeded)
        {
            // The gazetteer changed: existing tags change only when articles are re-tagged.
            Flash(done + " أعد وسم المقالات لتطبيق التعديل على ما خُزّن.");
            TempData["OfferRetag"] = true;
        }
        else
        {
            FlashError(result.Error!);
        }
        return RedirectToPage(new { id });
    }
}
