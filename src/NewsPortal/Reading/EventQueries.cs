using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Reading;

/// <summary>What a reader filters the timeline by; the same filter serves pages, API, feed and CSV.</summary>
public sealed record EventFilter
{
    /// <summary>
    /// Actors named, each as a group of database ids (a country with its people and institutions
    /// when rolled up, else one id); an event must involve someone of every group.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> ActorGroups { get; init; } = [];

    /// <summary>
    /// Per group (in step with <see cref="ActorGroups"/>, missing = none): members that count only at
    /// some dates, by the roles they held then (<see cref="RollUps"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<MemberPeriods>> GroupPeriods { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? SourceId { get; init; }
    public IReadOnlyList<EventStatus> Statuses { get; init; } = [];

    /// <summary>False (the default): only what involves the focus, from on-topic articles. True: every event but the hidden.</summary>
    public bool AllEvents { get; init; }

    /// <summary>One event only (a link that must land on its card).</summary>
    public long? EventId { get; init; }

    /// <summary>Only events dated this way (stated, or placed at their report); null: both.</summary>
    public DateBasis? Basis { get; init; }

    /// <summary>
    /// The most days any event lasts, when known (MonthStrips.LongestSpanDaysAsync): with a start
    /// date, events starting more than this before it cannot overlap the range, so the start-date
    /// index bounds the read from both sides. Null: only the end of the range bounds it.
    /// </summary>
    public int? LongestSpanDays { get; init; }
}

/// <summary>
/// The timeline's queries, shared by pages, API, feed and CSV. A filter first yields the
/// <see cref="EventKey"/>s of the events it matches (cheap: from indexes), then only one page of
/// events is read, with everything shown about them, in one round trip.
/// </summary>
public static class EventQueries
{
    /// <summary>
    /// The events a reader may see (all but those an editor rejected) that match the filter. With an actor named, straight from
    /// that actor's rows in actor_timeline (one index range, however many events the actor has).
    /// </summary>
    public static IQueryable<EventKey> TimelineKeys(this NewsPortalDbContext db, EventFilter filter)
    {
        if (filter.ActorGroups.Count == 0)
        {
            var events = db.Events.AsNoTracking().WithFacts(filter);
            if (filter.EventId is { } eventId)
            {
                events = events.Where(e => e.Id == eventId);
            }
            if (filter.SourceId is { } sourceId)
            {
                events = events.Where(e => e.Mentions.Any(m => m.Article!.SourceId == sourceId));
            }
            return events.Select(e => new EventKey { Id = e.Id, DateStart = e.DateStart });
        }

        var first = filter.ActorGroups[0];
        var rows = first.Count == 1
            ? db.ActorTimeline.AsNoTracking().Where(t => t.ActorId == first[0]).WithFacts(filter)
            : db.ActorTimeline.AsNoTracking().Where(t => first.Contains(t.ActorId)).WithFacts(filter);
        rows = rows.InPeriodsOf(filter, 0);
        // An event must involve someone of every group named.
        for (var g = 1; g < filter.ActorGroups.Count; g++)
        {
            var other = filter.ActorGroups[g];
            var members = db.ActorTimeline.Where(o => other.Contains(o.ActorId)).InPeriodsOf(filter, g);
            rows = rows.Where(t => members.Any(o => o.EventId == t.EventId));
        }
        if (filter.SourceId is { } source)
        {
            rows = rows.Where(t => db.EventMentions.Any(m => m.EventId == t.EventId && m.Article!.SourceId == source));
        }
        var keys = rows.Select(t => new EventKey { Id = t.EventId, DateStart = t.DateStart });
        // A group holds several of an event's actors: the event once.
        return first.Count == 1 ? keys : keys.Distinct();
    }

    /// <summary>Rows of members that belong to group <paramref name="group"/> only at times: those at its dates.</summary>
    private static IQueryable<ActorTimelineEntry> InPeriodsOf(this IQueryable<ActorTimelineEntry> rows, EventFilter filter, int group) =>
        group < filter.GroupPeriods.Count && RollUps.InPeriods(filter.GroupPeriods[group]) is { } inPeriods ? rows.Where(inPeriods) : rows;

    private static IQueryable<T> WithFacts<T>(this IQueryable<T> rows, EventFilter filter)
        where T : class, ITimelineFacts
    {
        // Readers see everything an editor has not rejected; by default only what concerns the focus.
        rows = rows.Where(r => r.Review != ReviewState.Rejected);
        rows = filter.AllEvents ? rows.Where(r => r.Scope != EventScope.Hidden) : rows.Where(r => r.Scope == EventScope.Focus);
        if (filter.Basis is { } basis)
        {
            rows = rows.Where(r => r.DateBasis == basis);
        }
        if (filter.Types.Count > 0)
        {
            var types = filter.Types.ToList();
            rows = rows.Where(r => types.Contains(r.Type));
        }
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            rows = rows.Where(r => statuses.Contains(r.Status));
        }
        // A dated event overlaps the range: it starts before its end and ends after its start.
        if (filter.From is { } from)
        {
            rows = rows.Where(r => (r.DateEnd ?? r.DateStart) >= from);
            // (Not for a range starting within that many days of the calendar's first day: nothing starts before it.)
            if (filter.LongestSpanDays is { } span && from.DayNumber >= span)
            {
                var earliest = from.AddDays(-span);
                rows = rows.Where(r => r.DateStart >= earliest);
            }
        }
        if (filter.To is { } to)
        {
            rows = rows.Where(r => r.DateStart <= to);
        }
        return rows;
    }

    /// <summary>
    /// Newest first over (date_start, id), resuming after a keyset cursor so deep pages cost what
    /// the first one does. Undated events are not on the timeline; see <see cref="Undated"/>.
    /// </summary>
    public static IQueryable<EventKey> NewestFirstAfter(this IQueryable<EventKey> keys, EventCursor? after)
    {
        keys = keys.Where(k => k.DateStart != null);
        if (after is { } c)
        {
            keys = keys.Where(k => k.DateStart < c.Date || (k.DateStart == c.Date && k.Id < c.Id));
        }
        return keys.OrderByDescending(k => k.DateStart).ThenByDescending(k => k.Id);
    }

    /// <summary>Undated events, newest (highest id) first, resuming below an id.</summary>
    public static IQueryable<EventKey> Undated(this IQueryable<EventKey> keys, long? belowId = null)
    {
        keys = keys.Where(k => k.DateStart == null);
        if (belowId is { } id)
        {
            keys = keys.Where(k => k.Id < id);
        }
        return keys.OrderByDescending(k => k.Id);
    }

    /// <summary>Events per month of their start date, for the overview strip.</summary>
    public static async Task<List<MonthCount>> CountPerMonthAsync(this IQueryable<EventKey> keys, CancellationToken cancellationToken)
    {
        var rows = await keys.Where(k => k.DateStart != null)
            .GroupBy(k => new { k.DateStart!.Value.Year, k.DateStart.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MonthCount(r.Year, r.Month, r.Count)).OrderBy(r => r.Year).ThenBy(r => r.Month)];
    }

    /// <summary>Dated events per month and CAMEO root (two digits), for the dyad chart.</summary>
    public static async Task<List<RootMonthCount>> CountPerMonthAndRootAsync(this NewsPortalDbContext db, IQueryable<EventKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Where(k => k.DateStart != null).Select(k => k.Id);
        var rows = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
            .GroupBy(e => new { e.DateStart!.Value.Year, e.DateStart.Value.Month, Root = e.Cameo.Substring(0, 2) })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Root, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RootMonthCount(r.Year, r.Month, r.Root, r.Count))];
    }

    /// <summary>Sources shown with an event on a page of events; the rest are counted and paged apart (an event can have a thousand).</summary>
    public const int SourcesShown = 10;

    /// <summary>
    /// A page of events (given as an ordered, limited query of keys) with their participants,
    /// location, the first <paramref name="maxSources"/> sources and the number of all of them, in two
    /// queries (the page's ids, then everything about them); in page order (newest first, undated last).
    /// </summary>
    public static async Task<List<EventView>> LoadViewsAsync(this NewsPortalDbContext db, IQueryable<EventKey> page, CancellationToken cancellationToken,
        int maxSources = SourcesShown)
    {
        // The page's ids first, then everything about them by id: the filter's key query (for a rolled-up
        // country, an index range per member) runs once instead of once per use below, and the joined
        // query has one array parameter, so PostgreSQL plans it once per connection, not per filter.
        var ids = await page.Select(k => k.Id).ToListAsync(cancellationToken);
        return await db.LoadViewsAsync(ids, cancellationToken, maxSources);
    }

    /// <summary>The events of these ids (those that exist), as <see cref="LoadViewsAsync(NewsPortalDbContext, IQueryable{EventKey}, CancellationToken, int)"/> loads them.</summary>
    public static async Task<List<EventView>> LoadViewsAsync(this NewsPortalDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken,
        int maxSources = SourcesShown)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        // Three small statements in one round trip, by the id array (PostgreSQL plans each once per
        // connection): the events with their location, their participants, and their first sources with
        // the count of all. One joined query instead returned participants × sources rows per event,
        // counted the sources per joined row and sorted the product; EF Core's shaper then took more CPU
        // than PostgreSQL (timeline, cache off: ~12 ms of portal CPU per view at one connection).
        var idArray = ids.Distinct().ToArray();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var batch = new NpgsqlBatch(connection);
                if (db.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction transaction)
                {
                    batch.Transaction = transaction;
                }
                batch.BatchCommands.Add(Command(EventsSql, idArray));
                batch.BatchCommands.Add(Command(ParticipantsSql, idArray));
                var sources = Command(SourcesSql, idArray);
                sources.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxSources });
                batch.BatchCommands.Add(sources);
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

                var events = new Dictionary<long, (Event Event, ActorLink? Location)>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var e = new Event
                    {
                        Id = reader.GetInt64(0),
                        Type = reader.GetString(1),
                        Cameo = reader.GetString(2),
                        DateStart = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                        DateEnd = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                        Precision = (DatePrecision)reader.GetInt32(5),
                        DateBasis = (DateBasis)reader.GetInt32(6),
                        Status = (EventStatus)reader.GetInt32(7),
                        Scope = (EventScope)reader.GetInt32(8),
                        LocationActorId = reader.IsDBNull(9) ? null : reader.GetInt32(9),
                        Summary = reader.GetString(10),
                        Review = (ReviewState)reader.GetInt32(11),
                        CreatedAtUtc = reader.GetDateTime(12),
                    };
                    events[e.Id] = (e, reader.IsDBNull(14) ? null : Link(reader, 13));
                }
                await reader.NextResultAsync(cancellationToken);
                var participants = new Dictionary<long, List<ParticipantLink>>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var link = new ParticipantLink(Link(reader, 2), (ParticipantRole)reader.GetInt32(1));
                    var list = participants.TryGetValue(reader.GetInt64(0), out var found) ? found : participants[reader.GetInt64(0)] = [];
                    // An actor in one role once (the id may come twice through a merged actor's public id).
                    if (!list.Any(p => p.Actor.PublicId == link.Actor.PublicId && p.Role == link.Role))
                    {
                        list.Add(link);
                    }
                }
                await reader.NextResultAsync(cancellationToken);
                var sourcesOf = new Dictionary<long, (List<EventSource> Shown, int Count)>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var eventId = reader.GetInt64(0);
                    var source = new EventSource(reader.GetInt64(1), reader.GetString(2), NullableString(reader, 3),
                        reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), NullableString(reader, 5), NullableString(reader, 6), reader.GetString(7));
                    if (!sourcesOf.TryGetValue(eventId, out var entry))
                    {
                        entry = ([], (int)reader.GetInt64(8));
                        sourcesOf[eventId] = entry;
                    }
                    entry.Shown.Add(source);
                }

                return events.Values
                    .OrderBy(r => r.Event.DateStart is null).ThenByDescending(r => r.Event.DateStart).ThenByDescending(r => r.Event.Id)
                    .Select(r => new EventView(r.Event, participants.GetValueOrDefault(r.Event.Id) ?? [], r.Location,
                        sourcesOf.TryGetValue(r.Event.Id, out var s) ? s.Shown : [], sourcesOf.TryGetValue(r.Event.Id, out var c) ? c.Count : 0))
                    .ToList();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        static NpgsqlBatchCommand Command(string sql, long[] ids)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
            return command;
        }

        static string? NullableString(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

        // An actor's five columns from this one on (wikidata_id, key, name_ar, name_en, kind).
        static ActorLink Link(NpgsqlDataReader reader, int first) =>
            ActorLink.Of(NullableString(reader, first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetString(first + 3), reader.GetString(first + 4));
    }

    // The actors of a page by their key, one index lookup each ("OFFSET 0" keeps the subquery a
    // lookup): as a join, PostgreSQL hashed every actor for each page (0.8 of 1.2 ms per statement).
    private const string EventsSql = """
        SELECT e.id, e.type, e.cameo, e.date_start, e.date_end, e.precision, e.date_basis, e.status, e.scope, e.location_actor_id,
               e.summary, e.review, e.created_at_utc, a.wikidata_id, a.key, a.name_ar, a.name_en, a.kind
        FROM events e LEFT JOIN LATERAL (SELECT * FROM actors WHERE id = e.location_actor_id OFFSET 0) a ON true
        WHERE e.id = ANY($1)
        """;

    private const string ParticipantsSql = """
        SELECT p.event_id, p.role, a.wikidata_id, a.key, a.name_ar, a.name_en, a.kind
        FROM event_participants p CROSS JOIN LATERAL (SELECT * FROM actors WHERE id = p.actor_id OFFSET 0) a
        WHERE p.event_id = ANY($1)
        ORDER BY p.event_id, p.role, p.actor_id
        """;

    // Each reporting article once (its first mention of the event), oldest report first, the first $2
    // with the sentence that reports the event (the body is cut in the database, never sent whole),
    // and how many articles report it in all.
    private const string SourcesSql = """
        SELECT s.event_id, s.article_id, a.title, a.publisher, a.published_on, a.url, s.attribution,
               substring(a.body, s.evidence_start + 1, s.evidence_end - s.evidence_start), s.total
        FROM (
            SELECT f.*, row_number() OVER (PARTITION BY f.event_id ORDER BY f.published_on, f.article_id) AS n,
                   count(*) OVER (PARTITION BY f.event_id) AS total
            FROM (
                SELECT DISTINCT ON (m.event_id, m.article_id) m.event_id, m.article_id, m.attribution, m.evidence_start, m.evidence_end, r.published_on
                FROM event_mentions m JOIN articles r ON r.id = m.article_id
                WHERE m.event_id = ANY($1)
                ORDER BY m.event_id, m.article_id, m.id
            ) f
        ) s
        JOIN articles a ON a.id = s.article_id
        WHERE s.n <= $2
        ORDER BY s.event_id, s.n
        """;

    /// <summary>
    /// One page of an event's sources (each reporting article once, oldest report first) and how many
    /// there are; an empty page and zero for an event a reader may not see.
    /// </summary>
    public static async Task<(List<EventSource> Page, int Total)> SourcesPageAsync(this NewsPortalDbContext db, long eventId, int skip, int take,
        CancellationToken cancellationToken)
    {
        var mentions = db.EventMentions.AsNoTracking()
            .Where(m => m.EventId == eventId && m.Event!.Review != ReviewState.Rejected && m.Event.Scope != EventScope.Hidden);
        var total = await mentions.Select(m => m.ArticleId).Distinct().CountAsync(cancellationToken);
        var page = await mentions
            .Where(m => !db.EventMentions.Any(o => o.ArticleId == m.ArticleId && o.EventId == m.EventId && o.Id < m.Id))
            .OrderBy(m => m.Article!.PublishedOn).ThenBy(m => m.ArticleId)
            .Skip(skip).Take(take)
            .Select(m => new EventSource(m.ArticleId, m.Article!.Title, m.Article.Publisher, m.Article.PublishedOn, m.Article.Url, m.Attribution,
                m.Article.Body.Substring(m.EvidenceStart, m.EvidenceEnd - m.EvidenceStart)))
            .ToListAsync(cancellationToken);
        return (page, total);
    }
}

/// <summary>An event as the timeline orders it: start date, then id.</summary>
public sealed class EventKey
{
    public long Id { get; init; }
    public DateOnly? DateStart { get; init; }
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

public sealed record RootMonthCount(int Year, int Month, string Root, int Count);

/// <summary>An actor as pages link to it: by public id (Wikidata when verified, else own key).</summary>
public sealed record ActorLink(string PublicId, string NameAr, string NameEn, string Kind)
{
    /// <summary>From an actor's columns, so queries read only these (the id is made after the read).</summary>
    public static ActorLink Of(string? wikidataId, string key, string nameAr, string nameEn, string kind) =>
        new(Analysis.Actors.ActorEntry.PublicIdOf(wikidataId, key), nameAr, nameEn, kind);
}

/// <summary>An actor taking part in an event: who acts, or on whom (or with whom).</summary>
public sealed record ParticipantLink(ActorLink Actor, ParticipantRole Role);

/// <summary>One article that reports an event, with the sentence that says so.</summary>
public sealed record EventSource(long ArticleId, string Title, string? Publisher, DateOnly? PublishedOn, string? Url, string? Attribution, string Evidence);

/// <summary>An event as pages show it: <see cref="Sources"/> may be the first few of <see cref="SourceCount"/>.</summary>
public sealed record EventView(Event Event, IReadOnlyList<ParticipantLink> Participants, ActorLink? Location, IReadOnlyList<EventSource> Sources, int SourceCount)
{
    /// <summary>Sources counted but not listed here.</summary>
    public int MoreSources => SourceCount - Sources.Count;

    /// <summary>Who acts: the participants in the actor role.</summary>
    public IEnumerable<ActorLink> Acting => Participants.Where(p => p.Role == ParticipantRole.Actor).Select(p => p.Actor);

    /// <summary>On whom, or with whom.</summary>
    public IEnumerable<ActorLink> ActedOn => Participants.Where(p => p.Role == ParticipantRole.Target).Select(p => p.Actor);
}
