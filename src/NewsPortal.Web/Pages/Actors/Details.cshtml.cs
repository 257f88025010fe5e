using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Timeline;

namespace NewsPortal.Web.Pages.Actors;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
public class DetailsModel(NewsPortalDbContext db, AggregateCache aggregates) : PageModel
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
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Roles).AsSingleQuery()
            .WithPublicId(id).FirstOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }
        if (actor.MergedIntoActorId is { } mergedInto)
        {
            var target = await db.Actors.AsNoTracking().FirstAsync(a => a.Id == mergedInto, cancellationToken);
            return RedirectPermanent("/actors/" + target.PublicId);
        }
        Actor = actor;
        var actorId = actor.Id;

        var articles = db.Articles.AsNoTracking().MentioningAny(db, [actorId]);
        var events = db.TimelineKeys(new EventFilter { ActorGroups = [[actorId]], AllEvents = true });
        var summary = await aggregates.GetAsync(db, "actor" + actorId, () => SummarizeAsync(actorId, articles, events, cancellationToken), cancellationToken);
        ArticlesPerMonth = summary.ArticlesPerMonth;
        ArticleCount = summary.ArticleCount;
        EventCount = summary.EventCount;
        CoMentioned = summary.CoMentioned;
        Latest = summary.Latest;
        Events = await db.LoadViewsAsync(events.NewestFirstAfter(null).Take(15), cancellationToken);
        return Page();
    }

    private async Task<Summary> SummarizeAsync(int actorId, IQueryable<NewsPortal.Articles.Article> articles, IQueryable<EventKey> events, CancellationToken cancellationToken)
    {
        var perMonth = await articles.Where(a => a.PublishedOn != null)
            .GroupBy(a => new { a.PublishedOn!.Value.Year, a.PublishedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Actors named in the same articles, by how many articles they share.
        var shared = db.Mentions.Where(m => m.ActorId == actorId).Select(m => m.ArticleId);
        var co = await db.Mentions.AsNoTracking()
            .Where(m => shared.Contains(m.ArticleId) && m.ActorId != actorId)
            .GroupBy(m => m.ActorId)
            .Select(g => new { ActorId = g.Key, Articles = g.Select(m => m.ArticleId).Distinct().Count() })
            .OrderByDescending(g => g.Articles).ThenBy(g => g.ActorId)
            .Take(10)
            .ToListAsync(cancellationToken);
        var coIds = co.Select(c => c.ActorId).ToList();
        // Sorting every article that names the actor by date: worth doing once per content change.
        var latestIds = articles.NewestFirst().Take(10).Select(a => a.Id);
        var latest = (await db.Articles.AsNoTracking().Where(a => latestIds.Contains(a.Id)).NewestFirst()
                .Select(a => new { a.Id, a.Title, a.Publisher, a.PublishedOn }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Title, a.Publisher, a.PublishedOn)).ToList();
        var links = await db.Actors.AsNoTracking().Where(a => coIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new ActorLink(a.WikidataId ?? a.Key, a.NameAr, a.NameEn, a.Kind), cancellationToken);
        return new Summary(
            [.. perMonth.Select(m => new MonthCount(m.Year, m.Month, m.Count)).OrderBy(m => m.Year).ThenBy(m => m.Month)],
            // Every mention is of a stored article: counting them needs no article row.
            await db.Mentions.Where(m => m.ActorId == actorId).Select(m => m.ArticleId).Distinct().CountAsync(cancellationToken),
            await events.CountAsync(cancellationToken),
            [.. co.Select(c => (links[c.ActorId], c.Articles))],
            latest);
    }

    private sealed record Summary(
        IReadOnlyList<MonthCount> ArticlesPerMonth, int ArticleCount, int EventCount, IReadOnlyList<(ActorLink Actor, int Articles)> CoMentioned,
        IReadOnlyList<(long Id, string Title, string? Publisher, DateOnly? PublishedOn)> Latest);
}
