using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Sources;

/// <summary>Adds or edits a source. A feed or sitemap is fetched and read before it is saved.</summary>
public class EditModel(NewsPortalDbContext db, SourceEditor sources) : AdminPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "الاسم مطلوب.")]
    [StringLength(200, ErrorMessage = "الاسم أطول من 200 حرف.")]
    [RegularExpression(@"^[^<>]*$", ErrorMessage = "الاسم لا يقبل الرمزين < و >.")]
    public string Name { get; set; } = "";

    [BindProperty]
    public SourceKind Kind { get; set; } = SourceKind.Feed;

    [BindProperty]
    [Required(ErrorMessage = "الرابط مطلوب.")]
    [StringLength(SourceCheck.MaxUrlLength, ErrorMessage = "الرابط أطول من 2048 حرفًا.")]
    public string Location { get; set; } = "";

    [BindProperty]
    [Range(5, 10_080, ErrorMessage = "الفاصل بين دقيقتين 5 و10080 (أسبوع).")]
    public int IntervalMinutes { get; set; } = 60;

    [BindProperty]
    public bool Enabled { get; set; } = true;

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }
        if (await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } source)
        {
            FlashError("لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        (Id, Name, Kind, Location, IntervalMinutes, Enabled) = (source.Id, source.Name, source.Kind, source.Location, source.IntervalMinutes, source.Enabled);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await sources.SaveAsync(id, new SourceFields(Name, Kind, Location, IntervalMinutes, Enabled), Admin, cancellationToken);
        if (result.NotFound)
        {
            FlashError("لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        if (result.Error is { } error)
        {
            ModelState.AddModelError(nameof(Location), error);
            return Page();
        }
        Flash(id is null ? $"أُضيف المصدر «{result.Source!.Name}»." : $"حُفظ المصدر «{result.Source!.Name}».");
        return RedirectToPage("Index");
    }
}
