using NewsPortal.Data;

namespace NewsPortal.Reading;

/// <summary>
/// The undated list: events with no anchor at all (no date of their own, reported only in articles
/// with no publish date), newest article first — by the reporting article's publish date, else the
/// day it was fetched — so a reader finds them where the news came in, not by database id.
/// </summary>
public static class UndatedEvents
{
    /// <summary>Undated events by the newest article that reports them, resuming after a cursor (article day, event id).</summary>
    public static IQueryable<EventKey> ByArticleDate(this IQueryable<EventKey> keys, NewsPortalDbContext db, EventCursor? after)
    {
        // EventKey.DateStart carries the article's day here: the events themselves have none.
        var byArticle = keys.Where(k => k.DateStart == null).Select(k => new EventKey
        {
            Id = k.Id,
            DateStart = db.EventMentions.Where(m => m.EventId == k.Id)
                .Max(m => (DateOnly?)(m.Article!.PublishedOn ?? DateOnly.FromDateTime(m.Article.FetchedAtUtc))),
        });
        if (after is { } c)
        {
            byArticle = byArticle.Where(k => k.DateStart < c.Date || (k.DateStart == c.Date && k.Id < c.Id));
        }
        return byArticle.OrderByDescending(k => k.DateStart).ThenByDescending(k => k.Id);
    }
}
