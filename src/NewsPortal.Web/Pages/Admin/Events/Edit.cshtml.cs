using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Events;

/// <summary>Corrects an event's type, date (with its precision) and participants; stored as decisions that re-tagging applies again.</summary>
public class EditModel(NewsPortalDbContext db, EventReview review, HappeningEditor happenings) : AdminPageModel
{
    public const int MaxParticipants = 20;
    public static readonly DatePrecision[] Precisions = [DatePrecision.Day, DatePrecision.Month, DatePrecision.Year, DatePrecision.Unknown];

    [BindProperty]
    [Required(ErrorMessage = "اختر نوع الحدث.")]
    [StringLength(40)]
    public string Type { get; set; } = "";

    [BindProperty]
    [StringLength(10, ErrorMessage = "التاريخ بصيغة سنة-شهر-يوم، مثل 2024-06-19.")]
    public string? Date { get; set; }

    [BindProperty]
    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    [BindProperty]
    [StringLength(4000, ErrorMessage = "قائمة المشاركين أطول من 4000 حرف.")]
    public string? Participants { get; set; }

    public Event Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            FlashError("لا يوجد حدث بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        Type = Event.Type;
        Date = Event.DateStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Precision = Event.Precision is DatePrecision.Range ? DatePrecision.Day : Event.Precision;
        Participants = string.Join("\n", Event.Participants.Select(p => p.Actor!.NameAr));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            FlashError("لا يوجد حدث بهذا المعرّف.");
            return RedirectToPage("Index");
        }
        if (!EventReview.Types.ContainsKey(Type ?? ""))
        {
            ModelState.AddModelError(nameof(Type), "نوع الحدث غير معروف.");
        }
        if (!Precisions.Contains(Precision))
        {
            ModelState.AddModelError(nameof(Precision), "دقة التاريخ غير صالحة.");
        }
        var (start, end) = (default(DateOnly?), default(DateOnly?));
        if (Precision != DatePrecision.Unknown)
        {
            if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year < 1900 || day.Year > 2100)
            {
                ModelState.AddModelError(nameof(Date), "التاريخ غير صالح: اكتبه بصيغة سنة-شهر-يوم بين 1900 و2100، مثل 2024-06-19.");
            }
            else
            {
                (start, end) = Precision switch
                {
                    DatePrecision.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
                    DatePrecision.Year => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
                    _ => (day, day),
                };
            }
        }
        var actorIds = await ResolveParticipantsAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await review.CorrectAsync(id, new EventCorrection(Type!, start, end, Precision, actorIds), Admin, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Error!);
            return Page();
        }
        Flash($"صُحّح الحدث {id}؛ يبقى التصحيح بعد إعادة الوسم وإعادة الاستخراج.");
        return RedirectToPage("Index");
    }

    /// <summary>A wrong merge: one report leaves for a card of its own and stays apart after re-tagging.</summary>
    public async Task<IActionResult> OnPostSplitAsync(long id, long mention, CancellationToken cancellationToken)
    {
        var result = await happenings.SplitAsync(id, mention, Admin, cancellationToken);
        if (result.Succeeded)
        {
            Flash($"فُصل التقرير عن الحدث {id}؛ يبقى مستقلًا بعد إعادة الوسم.");
        }
        else
        {
            FlashError(result.Error!);
        }
        return RedirectToPage("Edit", new { id });
    }

    /// <summary>Two cards of one happening: this card's reports join the other card.</summary>
    public async Task<IActionResult> OnPostMergeAsync(long id, long into, CancellationToken cancellationToken)
    {
        var result = await happenings.MergeAsync(id, into, Admin, cancellationToken);
        if (!result.Succeeded)
        {
            FlashError(result.Error!);
            return RedirectToPage("Edit", new { id });
        }
        Flash($"دُمج الحدث {id} في الحدث {into}؛ يبقى الدمج بعد إعادة الوسم.");
        return RedirectToPage("Edit", new { id = into });
    }

    /// <summary>One participant a line: an actor's key, Wikidata id, display name or any live spelling.</summary>
    private async Task<List<int>> ResolveParticipantsAsync(CancellationToken cancellationToken)
    {
        var lines = (Participants ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (lines.Count > MaxParticipants)
        {
            ModelState.AddModelError(nameof(Participants), $"أكثر من {MaxParticipants} مشاركًا.");
            return [];
        }
        var ids = new List<int>();
        foreach (var line in lines)
        {
            var key = ArabicNormalizer.Normalize(line);
            var id = line.Length > 300 ? null : await db.Actors
                .Where(a => a.Status == ActorStatus.Accepted && a.MergedIntoActorId == null)
                .Where(a => a.Key == line || a.WikidataId == line || a.NameAr == line || a.NameEn == line
                    || a.Aliases.Any(l => !l.Suppressed && l.Key == key))
                .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is null)
            {
                ModelState.AddModelError(nameof(Participants), $"لا يوجد فاعل باسم «{(line.Length > 60 ? line[..60] + "…" : line)}».");
            }
            else if (!ids.Contains(id.Value))
            {
                ids.Add(id.Value);
            }
        }
        return ids;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Participants).ThenInclude(p => p.Actor)
            .Include(e => e.Mentions).ThenInclude(m => m.Article)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (ev is null)
        {
            return false;
        }
        Event = ev;
        return true;
    }
}
