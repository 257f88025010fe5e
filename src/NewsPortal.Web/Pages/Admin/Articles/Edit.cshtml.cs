using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Model;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Admin.Articles;

/// <summary>Sets or corrects an article's title, publisher, source URL and publish date; kept as a decision re-ingestion applies again.</summary>
public class EditModel(NewsPortalDbContext db, ArticleEditor editor, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "العنوان مطلوب.")]
    [StringLength(1000, ErrorMessage = "العنوان أطول من 1000 حرف.")]
    public string Title { get; set; } = "";

    [BindProperty]
    [StringLength(300, ErrorMessage = "اسم الناشر أطول من 300 حرف.")]
    public string? Publisher { get; set; }

    [BindProperty]
    [StringLength(2048, ErrorMessage = "الرابط أطول من 2048 حرفًا.")]
    public string? SourceUrl { get; set; }

    [BindProperty]
    [StringLength(10, ErrorMessage = "التاريخ بصيغة سنة-شهر-يوم، مثل 2024-06-19.")]
    public string? Published { get; set; }

    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            FlashError("لا توجد مقالة بهذا المعرّف.");
            return RedirectToPage("/Admin/Index");
        }
        Title = Article.Title;
        Publisher = Article.Publisher;
        SourceUrl = Article.Url;
        Published = Article.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            FlashError("لا توجد مقالة بهذا المعرّف.");
            return RedirectToPage("/Admin/Index");
        }
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(Published))
        {
            if (ArticleEditor.TryParseDay(Published, clock.GetUtcNow(), out var parsed, out _))
            {
                day = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Published), "تاريخ النشر غير صالح: اكتبه بصيغة سنة-شهر-يوم، يومًا موجودًا منذ 1900 وليس في المستقبل، مثل 2024-06-19.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await editor.CorrectAsync(id, new ArticleCorrection(Title, Publisher, SourceUrl, day), Admin, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Error!);
            return Page();
        }
        Flash($"حُفظت بيانات المقالة {id}؛ يبقى التصحيح بعد إعادة الاستخراج، وأعيد وسمها بتاريخ النشر الجديد.");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return false;
        }
        Article = article;
        return true;
    }
}
