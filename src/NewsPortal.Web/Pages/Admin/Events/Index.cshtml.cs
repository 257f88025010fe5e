using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin.Events;

/// <summary>Events awaiting review, each with its evidence sentences and articles; confirm or reject here, correct on its own page.</summary>
public class IndexModel(NewsPortalDbContext db, EventReview review) : AdminPageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "review")]
    public ReviewState Review { get; set; } = ReviewState.Unreviewed;

    public IReadOnlyList<Row> Events { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }

    public sealed record Evidence(long ArticleId, string Title, string Sentence);

    public sealed record Row(Event Event, IReadOnlyList<string> Participants, IReadOnlyList<Evidence> Evidence);

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(Review))
        {
            Review = ReviewState.Unreviewed;
        }
        PageNumber = Math.Clamp(p, 1, 100_000);
        var events = db.Events.AsNoTracking().Where(e => e.Review == Review);
        Total = await events.CountAsync(cancellationToken);
        var page = await events.OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(e => e.Participants).ThenInclude(x => x.Actor)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var ids = page.Select(e => e.Id).ToList();
        var evidence = await db.EventMentions.AsNoTracking().Where(m => ids.Contains(m.EventId))
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.EventId,
                m.ArticleId,
                m.Article!.Title,
                Sentence = m.Article.Body.Substring(m.EvidenceStart, m.EvidenceEnd - m.EvidenceStart),
            })
            .ToListAsync(cancellationToken);
        Events = [.. page.Select(e => new Row(e,
            [.. e.Participants.Select(x => x.Actor?.NameAr ?? "?")],
            [.. evidence.Where(x => x.EventId == e.Id).Take(3).Select(x => new Evidence(x.ArticleId, x.Title, x.Sentence))]))];
    }

    public async Task<IActionResult> OnPostConfirmAsync(long id, CancellationToken cancellationToken) =>
        Report(await review.ConfirmAsync(id, Admin, cancellationToken), $"أُكّد الحدث {id}.");

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken) =>
        Report(await review.RejectAsync(id, Admin, cancellationToken), $"رُفض الحدث {id}؛ لن يظهر في الخط الزمني ولن يعود بعد إعادة الوسم.");

    private RedirectToPageResult Report(EditResult result, string done)
    {
        if (result.Succeeded)
        {
            Flash(done);
        }
        else
        {
            FlashError(result.Error!);
        }
        return RedirectToPage(new { review = Review });
    }
}
