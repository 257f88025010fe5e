using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Sources;

/// <summary>Adds or edits a source. A feed or sitemap is fetched and read before it is saved.</summary>
public class EditModel(NewsPortalDbContext db, SourceCheck check, AuditLog audit, TimeProvider clock) : AdminPageModel
{
    public static readonly SourceKind[] Kinds = [SourceKind.Feed, SourceKind.Sitemap, SourceKind.ArticleUrl];

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
        Source? source = null;
        if (id is not null && (source = await db.Sources.FindAsync([id], cancellationToken)) is null)
        {
            FlashError("لا يوجد مصدر بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        if (!Kinds.Contains(Kind))
        {
            ModelState.AddModelError(nameof(Kind), "اختر نوع المصدر: موجز أو خريطة موقع أو رابط مقالة.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Location = Location.Trim();
        if (await db.Sources.AnyAsync(s => s.Kind == Kind && s.Location == Location && s.Id != (id ?? 0), cancellationToken))
        {
            ModelState.AddModelError(nameof(Location), "هذا الرابط مسجّل بالفعل مصدرًا من النوع نفسه.");
            return Page();
        }
        if (source is null || source.Kind != Kind || source.Location != Location)
        {
            var result = await check.CheckAsync(Kind, Location, cancellationToken);
            if (!result.IsValid)
            {
                ModelState.AddModelError(nameof(Location), result.Error!);
                return Page();
            }
        }

        var isNew = source is null;
        source ??= db.Sources.Add(new Source { Name = Name, Location = Location, CreatedAtUtc = clock.GetUtcNow().UtcDateTime }).Entity;
        source.Name = Name.Trim();
        source.Kind = Kind;
        source.Location = Location;
        source.IntervalMinutes = IntervalMinutes;
        source.Enabled = Enabled;
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(Admin, isNew ? "source.add" : "source.edit", $"source {source.Id} ({source.Name})",
            $"{Kind} {Location}, every {IntervalMinutes} min, {(Enabled ? "enabled" : "disabled")}");
        await db.SaveChangesAsync(cancellationToken);
        Flash(isNew ? $"أُضيف المصدر «{source.Name}»." : $"حُفظ المصدر «{source.Name}».");
        return RedirectToPage("Index");
    }
}
