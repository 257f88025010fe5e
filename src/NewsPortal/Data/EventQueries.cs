using Microsoft.EntityFrameworkCore;
using NewsPortal.Events;

namespace NewsPortal.Data;

/// <summary>What a reader filters the timeline by; the same filter serves pages, API, feed and CSV.</summary>
public sealed record EventFilter
{
    /// <summary>Database ids of actors; an event must involve every one of them.</summary>
    public IReadOnlyList<int> ActorIds { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? SourceId { get; init; }
    public IReadOnlyList<EventStatus> Statuses { get; init; } = [];
}

/// <summary>Reusable event queries for the timeline, its feed and exports.</summary>
public static class EventQueries
{
    /// <summary>Events a reader may see: everything an editor has not rejected.</summary>
    public static IQueryable<Event> Visible(this IQueryable<Event> events) =>
        events.Where(e => e.Review != ReviewState.Rejected);

    public static IQueryable<Event> Matching(this IQueryable<Event> events, NewsPortalDbContext db, EventFilter filter)
    {
        foreach (var actorId in filter.ActorIds)
        {
            // "id IN (participants UNION located here)" rather than "EXISTS … OR …": PostgreSQL can start
            // from the actor's few events instead of walking the whole date index through a filter.
            var involved = db.EventParticipants.Where(p => p.ActorId == actorId).Select(p => p.EventId)
                .Concat(db.Events.Where(e => e.LocationActorId == actorId).Select(e => e.Id));
            events = events.Where(e => involved.Contains(e.Id));
        }
        if (filter.Types.Count > 0)
        {
            var types = filter.Types.ToList();
            events = events.Where(e => types.Contains(e.Type));
        }
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            events = events.Where(e => statuses.Contains(e.Status));
        }
        // A dated event overlaps the range: it starts before its end and ends after its start.
        if (filter.From is { } from)
        {
            events = events.Where(e => (e.DateEnd ?? e.DateStart) >= from);
        }
        if (filter.To is { } to)
        {
            events = events.Where(e => e.DateStart <= to);
        }
        if (filter.SourceId is { } sourceId)
        {
            events = events.Where(e => e.Mentions.Any(m => m.Article!.SourceId == sourceId));
        }
        return events;
    }

    /// <summary>
    /// Newest first over (date_start, id), resuming after a keyset cursor so deep pages cost what
    /// the first one does. Undated events are not on the timeline; see <see cref="Undated"/>.
    /// </summary>
    public static IQueryable<Event> NewestFirstAfter(this IQueryable<Event> events, EventCursor? after)
    {
        events = events.Where(e => e.DateStart != null);
        if (after is { } c)
        {
            events = events.Where(e => e.DateStart < c.Date || (e.DateStart == c.Date && e.Id < c.Id));
        }
        return events.OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id);
    }

    public static IQueryable<Event> Undated(this IQueryable<Event> events) =>
        events.Where(e => e.DateStart == null);

    /// <summary>Events per month of their start date, for the overview strip.</summary>
    public static async Task<List<MonthCount>> CountPerMonthAsync(this IQueryable<Event> events, CancellationToken cancellationToken)
    {
        var rows = await events.Where(e => e.DateStart != null)
            .GroupBy(e => new { e.DateStart!.Value.Year, e.DateStart.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MonthCount(r.Year, r.Month, r.Count)).OrderBy(r => r.Year).ThenBy(r => r.Month)];
    }

    /// <summary>Participants, location and sources of a page of events, in one query (one round trip).</summary>
    public static async Task<List<EventView>> LoadViewsAsync(this NewsPortalDbContext db, IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id).ToList();
        // One joined query: a page has a few participants and sources per event, so the product stays small.
        var rows = await db.Events.AsNoTracking().AsSingleQuery()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                Location = e.Location == null ? null : new ActorLink(e.Location.WikidataId ?? e.Location.Key, e.Location.NameAr, e.Location.NameEn, e.Location.Kind),
                Participants = e.Participants
                    .OrderBy(p => p.Role).ThenBy(p => p.ActorId)
                    .Select(p => new ActorLink(p.Actor!.WikidataId ?? p.Actor.Key, p.Actor.NameAr, p.Actor.NameEn, p.Actor.Kind))
                    .ToList(),
                Sources = e.Mentions
                    .OrderBy(m => m.Article!.PublishedOn).ThenBy(m => m.ArticleId)
                    .Select(m => new EventSource(m.ArticleId, m.Article!.Title, m.Article.Publisher, m.Article.PublishedOn, m.Article.Url, m.Attribution))
                    .ToList(),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);

        return [.. events.Select(e => rows.TryGetValue(e.Id, out var r)
            ? new EventView(e, [.. r.Participants.DistinctBy(a => a.PublicId)], r.Location, [.. r.Sources.DistinctBy(s => s.ArticleId)])
            : new EventView(e, [], null, []))];
    }
}

/// <summary>Where the next page of the timeline starts: after this (date, id).</summary>
public readonly record struct EventCursor(DateOnly Date, long Id)
{
    public override string ToString() => $"{Date:yyyy-MM-dd}_{Id}";

    public static EventCursor? Parse(string? text)
    {
        var parts = (text ?? "").Split('_');
        return parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", out var date)
            && long.TryParse(parts[1], out var id)
            ? new EventCursor(date, id)
            : null;
    }
}

public sealed record MonthCount(int Year, int Month, int Count);

/// <summary>An actor as pages link to it: by public id (Wikidata when verified, else own key).</summary>
public sealed record ActorLink(string PublicId, string NameAr, string NameEn, string Kind);

/// <summary>One article that reports an event.</summary>
public sealed record EventSource(long ArticleId, string Title, string? Publisher, DateOnly? PublishedOn, string? Url, string? Attribution);

public sealed record EventView(Event Event, IReadOnlyList<ActorLink> Participants, ActorLink? Location, IReadOnlyList<EventSource> Sources);
