using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Reading;

/// <summary>What the actor page and the actor API show about one actor.</summary>
public sealed record ActorDetails(
    Actor Actor, IReadOnlyList<MonthCount> ArticlesPerMonth, int ArticleCount, IReadOnlyList<EventView> Events, int EventCount,
    IReadOnlyList<(ActorLink Actor, int Articles)> CoMentioned,
    IReadOnlyList<(long Id, string Title, string? Publisher, DateOnly? PublishedOn)> Latest);

/// <summary>Either the actor's details, or the public id of the actor it was merged into, or neither (unknown id).</summary>
public sealed record ActorLookup(ActorDetails? Details, string? MergedInto);

/// <summary>One actor's page: its articles per month, events, co-mentioned actors and latest articles.</summary>
public sealed class ActorSummary(NewsPortalDbContext db, AggregateCache aggregates)
{
    public async Task<ActorLookup> GetAsync(string publicId, CancellationToken cancellationToken = default)
    {
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Roles).AsSingleQuery()
            .WithPublicId(publicId).FirstOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return new ActorLookup(null, null);
        }
        if (actor.MergedIntoActorId is { } mergedInto)
        {
            var target = await db.Actors.AsNoTracking().FirstAsync(a => a.Id == mergedInto, cancellationToken);
            return new ActorLookup(null, target.PublicId);
        }
        var actorId = actor.Id;
        var articles = db.Articles.AsNoTracking().MentioningAny(db, [actorId]);
        var events = db.TimelineKeys(new EventFilter { ActorGroups = [[actorId]], AllEvents = true });
        // Each part is kept until a table it reads changes: ingestion's commits to events leave the
        // article side (the costly part: co-mentions, months, latest) be, and the other way round.
        var summary = await aggregates.GetAsync(db, "actor-articles" + actorId, ArticleTables, () => SummarizeAsync(actorId, articles, cancellationToken), cancellationToken);
        var eventCount = await aggregates.GetAsync(db, "actor-events" + actorId, EventTables, () => events.CountAsync(cancellationToken), cancellationToken);
        var latestEvents = await db.LoadViewsAsync(events.NewestFirstAfter(null).Take(15), cancellationToken);
        return new ActorLookup(
            new ActorDetails(actor, summary.ArticlesPerMonth, summary.ArticleCount, latestEvents, eventCount, summary.CoMentioned, summary.Latest),
            null);
    }

    /// <summary>What the article side of the summary reads (names of co-mentioned actors included).</summary>
    public static readonly IReadOnlyList<string> ArticleTables = ["articles", "mentions", .. AggregateCache.ActorTables];

    /// <summary>What the event count reads: actor_timeline, kept by triggers from these.</summary>
    public static readonly IReadOnlyList<string> EventTables = ["events", "event_participants"];

    private async Task<Summary> SummarizeAsync(int actorId, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        // Undated articles form a group of their own (no year, no month): the groups add up to the
        // article count, so one query gives both.
        var perMonth = await articles
            .GroupBy(a => new { Year = (int?)a.PublishedOn!.Value.Year, Month = (int?)a.PublishedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Actors named in the same articles, by how many articles they share, with what links to them.
        var shared = db.Mentions.Where(m => m.ActorId == actorId).Select(m => m.ArticleId);
        var co = (await db.Mentions.AsNoTracking()
                .Where(m => shared.Contains(m.ArticleId) && m.ActorId != actorId)
                .GroupBy(m => m.ActorId)
                .Select(g => new { ActorId = g.Key, Articles = g.Select(m => m.ArticleId).Distinct().Count() })
                .OrderByDescending(g => g.Articles).ThenBy(g => g.ActorId)
                .Take(10)
                .Join(db.Actors, c => c.ActorId, a => a.Id, (c, a) => new { c.ActorId, c.Articles, a.WikidataId, a.Key, a.NameAr, a.NameEn, a.Kind })
                .ToListAsync(cancellationToken))
            .OrderByDescending(c => c.Articles).ThenBy(c => c.ActorId)
            .Select(c => (ActorLink.Of(c.WikidataId, c.Key, c.NameAr, c.NameEn, c.Kind), c.Articles))
            .ToList();
        // Sorting every article that names the actor by date: worth doing once per content change.
        var latestIds = articles.NewestFirst().Take(10).Select(a => a.Id);
        var latest = (await db.Articles.AsNoTracking().Where(a => latestIds.Contains(a.Id)).NewestFirst()
                .Select(a => new { a.Id, a.Title, a.Publisher, a.PublishedOn }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Title, a.Publisher, a.PublishedOn)).ToList();
        return new Summary(
            [.. perMonth.Where(m => m.Year is not null && m.Month is not null)
                .Select(m => new MonthCount(m.Year!.Value, m.Month!.Value, m.Count)).OrderBy(m => m.Year).ThenBy(m => m.Month)],
            perMonth.Sum(m => m.Count),
            co,
            latest);
    }

    private sealed record Summary(
        IReadOnlyList<MonthCount> ArticlesPerMonth, int ArticleCount, IReadOnlyList<(ActorLink Actor, int Articles)> CoMentioned,
        IReadOnlyList<(long Id, string Title, string? Publisher, DateOnly? PublishedOn)> Latest);
}
