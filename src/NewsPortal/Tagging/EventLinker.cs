using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Tagging;

/// <summary>
/// The link stage: the same happening reported by several outlets is one event with several
/// reports. Same type, compatible dates, and overlapping participants make the same happening.
/// </summary>
public static class EventLinker
{
    public static async Task<Event?> FindSameHappeningAsync(
        NewsPortalDbContext db, long articleId, string type, DateOnly? start, DatePrecision precision,
        IReadOnlyCollection<int> participants, CancellationToken cancellationToken)
    {
        // Without a date or participants there is nothing to tell two reports of one happening apart.
        if (start is not { } day || participants.Count == 0)
        {
            return null;
        }
        var (from, to) = precision == DatePrecision.Day ? (day.AddDays(-1), day.AddDays(1)) : (day, day);
        var candidates = await db.Events
            .Include(e => e.Participants)
            .Include(e => e.Mentions)
            .Where(e => e.Type == type && e.Review != ReviewState.Rejected)
            .Where(e => e.DateStart >= from && e.DateStart <= to && e.Precision == precision)
            .Where(e => !e.Mentions.Any(m => m.ArticleId == articleId))
            .Where(e => e.Participants.Any(p => participants.Contains(p.ActorId)))
            .Take(20)
            .ToListAsync(cancellationToken);
        return candidates
            .Select(e => (Event: e, Shared: e.Participants.Select(p => p.ActorId).Distinct().Count(participants.Contains)))
            .Where(c => c.Shared * 2 >= Math.Min(participants.Count, c.Event.Participants.Count) && c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .Select(c => c.Event)
            .FirstOrDefault();
    }

    /// <summary>
    /// The link stage alone, for one article: each of its unreviewed events that reports the same
    /// happening as an older event elsewhere is folded into it (its reports move; the empty event goes).
    /// Reviewed events keep their identity: an admin's decision is never merged away.
    /// </summary>
    public static async Task<int> RelinkArticleAsync(NewsPortalDbContext db, long articleId, CancellationToken cancellationToken)
    {
        var events = await db.Events
            .Include(e => e.Participants)
            .Where(e => e.Review == ReviewState.Unreviewed && e.Mentions.Any(m => m.ArticleId == articleId))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var merged = 0;
        foreach (var ev in events)
        {
            var reportedIn = await db.EventMentions.Where(m => m.EventId == ev.Id).Select(m => m.ArticleId).Distinct().ToListAsync(cancellationToken);
            var same = await FindSameHappeningAsync(db, articleId, ev.Type, ev.DateStart, ev.Precision,
                [.. ev.Participants.Select(p => p.ActorId).Distinct()], cancellationToken);
            if (same is null || same.Id >= ev.Id || reportedIn.Any(a => same.Mentions.Any(m => m.ArticleId == a)))
            {
                continue;
            }
            await db.EventMentions.Where(m => m.EventId == ev.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.EventId, same.Id), cancellationToken);
            await db.Events.Where(e => e.Id == ev.Id).ExecuteDeleteAsync(cancellationToken);
            merged++;
        }
        return merged;
    }
}
