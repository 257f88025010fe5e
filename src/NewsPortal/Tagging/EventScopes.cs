using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Relevance;
using NewsPortal.Data;

namespace NewsPortal.Tagging;

/// <summary>
/// Which timeline shows an event (<see cref="Model.EventScope"/>): the default one when it involves a
/// side of the focus (the country, or an actor of it, taking part or hosting) and an on-topic article
/// reports it; hidden when every article reporting it is hidden; else only under "all events".
/// Set again whenever an event's reports or an article's topic change.
/// </summary>
public static class EventScopes
{
    public static Task<int> RefreshAsync(NewsPortalDbContext db, Focus focus, IReadOnlyCollection<long> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0)
        {
            return Task.FromResult(0);
        }
        var ids = eventIds.ToArray();
        var sides = focus.SideKeys();
        // Only rows whose scope changes are written: each write refreshes the event's actor_timeline rows.
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE events e SET scope = s.scope
            FROM (SELECT ev.id, CASE
                    WHEN NOT EXISTS (SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id
                                     WHERE m.event_id = ev.id AND a.topic_decision IS DISTINCT FROM 2) THEN 2
                    WHEN EXISTS (SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id
                                 WHERE m.event_id = ev.id AND a.on_topic AND a.topic_decision IS DISTINCT FROM 2)
                     AND EXISTS (SELECT 1 FROM actors x
                                 WHERE (x.id = ev.location_actor_id OR x.id IN (SELECT p.actor_id FROM event_participants p WHERE p.event_id = ev.id))
                                   AND (x.key = ANY ({sides}) OR x.country_key = ANY ({sides}))) THEN 0
                    ELSE 1 END AS scope
                  FROM events ev WHERE ev.id = ANY ({ids})) s
            WHERE e.id = s.id AND e.scope <> s.scope
            """, cancellationToken);
    }

    /// <summary>The events an article reports, for a refresh after its topic changed.</summary>
    public static async Task<int> RefreshArticleAsync(NewsPortalDbContext db, Focus focus, long articleId, CancellationToken cancellationToken) =>
        await RefreshAsync(db, focus,
            await db.EventMentions.Where(m => m.ArticleId == articleId).Select(m => m.EventId).Distinct().ToListAsync(cancellationToken),
            cancellationToken);
}
