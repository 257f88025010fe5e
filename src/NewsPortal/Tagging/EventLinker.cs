using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Tagging;

/// <summary>
/// The link stage: the same happening reported by several outlets, or several times in one article, is one event with several
/// reports. Same type family (CAMEO root), dates that agree within their precision, and
/// overlapping participants make the same happening. An admin's split (keep apart) and merge
/// (join) decisions overrule it.
/// </summary>
public static class EventLinker
{
    public static async Task<Event?> FindSameHappeningAsync(
        NewsPortalDbContext db, string cameo, DateOnly? start, DateOnly? end, DatePrecision precision,
        IReadOnlyCollection<int> participants, CancellationToken cancellationToken, long? excludeEventId = null)
    {
        // Without a date or participants there is nothing to tell two reports of one happening apart.
        if (start is not { } from || participants.Count == 0 || cameo.Length < 2)
        {
            return null;
        }
        var root = cameo[..2];
        var to = end ?? from;
        var (low, high) = (from.AddDays(-1), to.AddDays(1));
        var candidates = await db.Events
            .Include(e => e.Participants)
            .Include(e => e.Mentions)
            .Where(e => e.Cameo.StartsWith(root) && e.Review != ReviewState.Rejected && e.Id != excludeEventId)
            .Where(e => e.DateStart <= high && (e.DateEnd ?? e.DateStart) >= low)
            .Where(e => e.Participants.Any(p => participants.Contains(p.ActorId)))
            .Where(e => !e.Mentions.Any(m => db.EventDecisions.Any(d => d.Fingerprint == m.Fingerprint && d.KeepApart)))
            // The 50 latest candidates, each with its participants and reports in their own query.
            .OrderByDescending(e => e.Id)
            .Take(50)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return candidates
            .Where(e => SamePrecisionWindow(e.Precision, e.DateStart!.Value, precision, from))
            .Select(e => (Event: e, Shared: e.Participants.Select(p => p.ActorId).Distinct().Count(participants.Contains)))
            .Where(c => c.Shared > 0 && c.Shared * 2 >= Math.Min(participants.Count, c.Event.Participants.Select(p => p.ActorId).Distinct().Count()))
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => Math.Abs(c.Event.DateStart!.Value.DayNumber - from.DayNumber))
            .Select(c => c.Event)
            .FirstOrDefault();
    }

    /// <summary>
    /// Dates agree within their precision: days within a day of each other (already the query's
    /// window), a day inside a month, the same month, the same year. A year never absorbs a day: a
    /// year holds many visits.
    /// </summary>
    private static bool SamePrecisionWindow(DatePrecision a, DateOnly aStart, DatePrecision b, DateOnly bStart) => (a, b) switch
    {
        (DatePrecision.Year, DatePrecision.Year) => aStart.Year == bStart.Year,
        (DatePrecision.Year, _) or (_, DatePrecision.Year) => false,
        (DatePrecision.Month, _) or (_, DatePrecision.Month) => aStart.Year == bStart.Year && aStart.Month == bStart.Month,
        _ => true,
    };

    /// <summary>The event that holds the report with this fingerprint (an admin's merge target).</summary>
    public static Task<Event?> EventOfReportAsync(NewsPortalDbContext db, string fingerprint, CancellationToken cancellationToken) =>
        db.Events.Include(e => e.Participants).Include(e => e.Mentions)
            .Where(e => e.Mentions.Any(m => m.Fingerprint == fingerprint))
            .OrderBy(e => e.Id)
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A new report joins an event: the card keeps the most precise date its reports agree on (a
    /// stated date over a report day), and a planned happening someone reports as done is done.
    /// </summary>
    public static void Join(Event ev, DateOnly? start, DateOnly? end, DatePrecision precision, DateBasis basis, EventStatus status)
    {
        if (start is not null && Rank(basis, precision) < Rank(ev.DateBasis, ev.Precision))
        {
            (ev.DateStart, ev.DateEnd, ev.Precision, ev.DateBasis) = (start, end, precision, basis);
        }
        if (ev.Status == EventStatus.Planned && status == EventStatus.Happened)
        {
            ev.Status = EventStatus.Happened;
        }
    }

    private static int Rank(DateBasis basis, DatePrecision precision) => (basis == DateBasis.Reported ? 10 : 0) + precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Range => 1,
        DatePrecision.Month => 2,
        DatePrecision.Year => 3,
        _ => 20,
    };

    /// <summary>
    /// The link stage alone, for one article: each of its unreviewed events that reports the same
    /// happening as an older event elsewhere is folded into it (its reports move; the empty event goes).
    /// Reviewed events keep their identity: an admin's decision is never merged away. Returns the
    /// events that took reports in.
    /// </summary>
    public static async Task<List<long>> RelinkArticleAsync(NewsPortalDbContext db, long articleId, CancellationToken cancellationToken)
    {
        var events = await db.Events
            .Include(e => e.Participants)
            .Where(e => e.Review == ReviewState.Unreviewed && e.Mentions.Any(m => m.ArticleId == articleId))
            .Where(e => !e.Mentions.Any(m => db.EventDecisions.Any(d => d.Fingerprint == m.Fingerprint && (d.KeepApart || d.JoinFingerprint != null))))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var joined = new List<long>();
        foreach (var ev in events)
        {
            var reportedIn = await db.EventMentions.Where(m => m.EventId == ev.Id).Select(m => m.ArticleId).Distinct().ToListAsync(cancellationToken);
            var same = await FindSameHappeningAsync(db, ev.Cameo, ev.DateStart, ev.DateEnd, ev.Precision,
                [.. ev.Participants.Select(p => p.ActorId).Distinct()], cancellationToken, ev.Id);
            if (same is null || same.Id >= ev.Id || reportedIn.Any(a => same.Mentions.Any(m => m.ArticleId == a)))
            {
                continue;
            }
            Join(same, ev.DateStart, ev.DateEnd, ev.Precision, ev.DateBasis, ev.Status);
            await db.SaveChangesAsync(cancellationToken);
            await db.EventMentions.Where(m => m.EventId == ev.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.EventId, same.Id), cancellationToken);
            await db.Events.Where(e => e.Id == ev.Id).ExecuteDeleteAsync(cancellationToken);
            joined.Add(same.Id);
        }
        await EventScopes.RefreshAsync(db, TimelineFocus.Default, joined, cancellationToken);
        return joined;
    }
}
