using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Model;
using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Actors;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
[ReaderQuery("")]
public class DetailsModel(ActorSummary summaries) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<MonthCount> ArticlesPerMonth { get; private set; } = [];
    public int ArticleCount { get; private set; }
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public int EventCount { get; private set; }
    public IReadOnlyList<(ActorLink Actor, int Articles)> CoMentioned { get; private set; } = [];
    public IReadOnlyList<(long Id, string Title, string? Publisher, DateOnly? PublishedOn)> Latest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var found = await summaries.GetAsync(id, cancellationToken);
        if (found.MergedInto is { } mergedInto)
        {
            return RedirectPermanent("/actors/" + mergedInto);
        }
        if (found.Details is not { } details)
        {
            return NotFound();
        }
        (Actor, ArticlesPerMonth, ArticleCount, Events, EventCount, CoMentioned, Latest) = details;
        return Page();
    }
}
