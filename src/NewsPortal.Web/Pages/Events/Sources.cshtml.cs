using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Events;

/// <summary>Every source of one event, a page at a time: a card lists only its first few.</summary>
[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
[ReaderQuery("p")]
public class SourcesModel(NewsPortalDbContext db) : PageModel
{
    public const int PageSize = 50;

    public Event Event { get; private set; } = null!;
    public IReadOnlyList<EventSource> Sources { get; private set; } = [];
    public int Total { get; private set; }
    public int CurrentPage { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public ParameterProblems Problems { get; } = new();

    public async Task<IActionResult> OnGetAsync(long id, string? p, CancellationToken cancellationToken)
    {
        var shown = await db.Events.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == id && e.Review != ReviewState.Rejected && e.Scope != EventScope.Hidden, cancellationToken);
        if (shown is null)
        {
            return NotFound();
        }
        Event = shown;
        CurrentPage = Problems.Number("p", p, min: 1, max: 100_000) ?? 1;
        (var sources, Total) = await db.SourcesPageAsync(id, (CurrentPage - 1) * PageSize, PageSize, cancellationToken);
        Sources = sources;
        return Page();
    }
}
