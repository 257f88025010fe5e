using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Reingest;

/// <summary>Starts a re-extract or re-tag run over every article, one source's, or one article.</summary>
public class IndexModel(NewsPortalDbContext db, RunControl runs) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public RunKind Kind { get; set; } = RunKind.Reextract;

    [BindProperty(SupportsGet = true, Name = "source")]
    public int? SourceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "article")]
    public long? ArticleId { get; set; }

    public string Scope { get; private set; } = "كل المقالات";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await DescribeAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await DescribeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValid || Kind is not (RunKind.Reextract or RunKind.Retag or RunKind.Relink))
        {
            FlashError("طلب إعادة المعالجة غير صالح.");
            return RedirectToPage("/Admin/Index");
        }
        var run = await runs.ReprocessAsync(Kind, SourceId, ArticleId, Scope, Admin, cancellationToken);
        Flash($"بدأت {AdminLabels.RunKind(Kind)}: {Scope}.");
        return RedirectToPage("/Admin/Runs/Details", new { id = run.Id });
    }

    /// <summary>Names what will be re-processed; a redirect with a message when the source or article does not exist.</summary>
    private async Task<IActionResult?> DescribeAsync(CancellationToken cancellationToken)
    {
        if (ArticleId is { } articleId)
        {
            var title = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
            if (title is null)
            {
                FlashError("لا توجد مقالة بهذا المعرّف.");
                return RedirectToPage("/Admin/Index");
            }
            Scope = $"المقالة {articleId} ({title})";
        }
        else if (SourceId is { } sourceId)
        {
            var name = await db.Sources.Where(s => s.Id == sourceId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                FlashError("لا يوجد مصدر بهذا المعرّف.");
                return RedirectToPage("/Admin/Sources/Index");
            }
            Scope = $"مقالات المصدر {sourceId} ({name})";
        }
        return null;
    }
}
