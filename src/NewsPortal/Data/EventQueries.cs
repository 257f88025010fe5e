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

    public static IQueryable<Event> Matching(this IQueryable<Event> events, EventFilter filter)
    {
        foreach (var actorId in filter.ActorIds)
        {
            events = events.Where(e => e.Participants.Any(p => p.ActorId == actorId) || e.LocationActorId == actorId);
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

    /// <summary>Participants, location and sources of a page of events, loaded in two queries.</summary>
    public static async Task<List<EventView>> LoadViewsAsync(this NewsPortalDbContext db, IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id).ToList();
        var participants = await db.EventParticipants.AsNoTracking()
            .Where(p => ids.Contains(p.EventId))
            .Select(p => new { p.EventId, p.Role, Actor = new ActorLink(p.Actor!.WikidataId ?? p.Actor.Key, p.Actor.NameAr, p.Actor.NameEn, p.Actor.Kind) })
            .ToListAsync(cancellationToken);
        var sources = await db.EventMentions.AsNoTracking()
            .Where(m => ids.Contains(m.EventId))
            .OrderBy(m => m.Article!.PublishedOn).ThenBy(m => m.ArticleId)
            .Select(m => new
            {
                m.EventId,
                Source = new EventSource(m.ArticleId, m.Article!.Title, m.Article.Publisher, m.Article.PublishedOn, m.Article.Url, m.Attribution),
            })
            .ToListAsync(cancellationToken);
        var locationIds = events.Where(e => e.LocationActorId != null).Select(e => e.LocationActorId!.Value).Distinct().ToList();
        var locations = await db.Actors.AsNoTracking()
            .Where(a => locationIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new ActorLink(a.WikidataId ?? a.Key, a.NameAr, a.NameEn, a.Kind), cancellationToken);

        return [.. events.Select(e => new EventView(
            e,
            [.. participants.Where(p => p.EventId == e.Id).OrderBy(p => p.Role).Select(p => p.Actor).DistinctBy(a => a.PublicId)],
            e.LocationActorId is { } l && locations.TryGetValue(l, out var location) ? location : null,
            [.. sources.Where(s => s.EventId == e.Id).Select(s => s.Source).DistinctBy(s => s.ArticleId)]))];
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
