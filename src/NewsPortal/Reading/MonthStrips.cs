using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;
using Npgsql;

namespace NewsPortal.Reading;

/// <summary>
/// The timeline's month strip read from <c>event_month_counts</c>, which the database keeps as events
/// are written, relinked and reviewed (see the EventMonthCounts migration), so a first view of a
/// filtered timeline does not count its events one by one.
/// </summary>
public static class MonthStrips
{
    /// <summary>The actor key of the rows that count every event.</summary>
    public const int EveryActor = 0;

    /// <summary>
    /// Dated events per start month for <paramref name="filter"/>: from the kept counts when the filter
    /// is one they hold (no actor or one actor as one id; no source, no single event; a range from the
    /// first day of a month to the last day of a month), else counted from <paramref name="keys"/>.
    /// </summary>
    public static async Task<List<MonthCount>> CountPerMonthAsync(this NewsPortalDbContext db, EventFilter filter, IQueryable<EventKey> keys,
        CancellationToken cancellationToken)
    {
        if (!Kept(filter, out var actorId))
        {
            return await keys.CountPerMonthAsync(cancellationToken);
        }
        var facts = new List<string> { "review <> @rejected", filter.AllEvents ? "scope <> @hidden" : "scope = @focus" };
        var parameters = new List<NpgsqlParameter>
        {
            new NpgsqlParameter<int>("actor", actorId),
            new NpgsqlParameter<int>("rejected", (int)ReviewState.Rejected),
            new NpgsqlParameter<int>("hidden", (int)EventScope.Hidden),
            new NpgsqlParameter<int>("focus", (int)EventScope.Focus),
        };
        if (filter.Types.Count > 0)
        {
            facts.Add("type = ANY (@types)");
            parameters.Add(new NpgsqlParameter<string[]>("types", [.. filter.Types]));
        }
        if (filter.Statuses.Count > 0)
        {
            facts.Add("status = ANY (@statuses)");
            parameters.Add(new NpgsqlParameter<int[]>("statuses", [.. filter.Statuses.Select(s => (int)s)]));
        }
        if (filter.Basis is { } basis)
        {
            facts.Add("date_basis = @basis");
            parameters.Add(new NpgsqlParameter<int>("basis", (int)basis));
        }
        var kept = new List<string>(facts) { "actor_id = @actor" };
        if (filter.To is { } to)
        {
            kept.Add("month <= @toMonth");
            parameters.Add(new NpgsqlParameter<DateOnly>("toMonth", new DateOnly(to.Year, to.Month, 1)));
        }
        if (filter.From is { } start)
        {
            kept.Add("month >= @from");
            parameters.Add(new NpgsqlParameter<DateOnly>("from", start));
        }
        var sql = $"SELECT month, events AS n FROM event_month_counts WHERE {string.Join(" AND ", kept)}";
        if (filter.From is not null)
        {
            // An event that starts before the range and ends inside it overlaps it: counted in its start month, from the rows.
            var rows = actorId == EveryActor ? "events" : "actor_timeline";
            var spanning = new List<string>(facts) { "date_end > date_start", "date_end >= @from", "date_start < @from" };
            if (filter.LongestSpanDays is { } span && filter.From.Value.DayNumber >= span)
            {
                spanning.Add("date_start >= @earliest");
                parameters.Add(new NpgsqlParameter<DateOnly>("earliest", filter.From.Value.AddDays(-span)));
            }
            if (actorId != EveryActor)
            {
                spanning.Add("actor_id = @actor");
            }
            sql += $" UNION ALL SELECT date_trunc('month', date_start)::date, 1 FROM {rows} WHERE {string.Join(" AND ", spanning)}";
            // One whose end was left before its (corrected) start, before the range: counted by its start month, not in the range.
            var reversed = new List<string>(facts) { "date_end < date_start", "date_end < @from", "date_start >= @from" };
            if (actorId != EveryActor)
            {
                reversed.Add("actor_id = @actor");
            }
            if (filter.To is { } end)
            {
                reversed.Add("date_start <= @to");
                parameters.Add(new NpgsqlParameter<DateOnly>("to", end));
            }
            sql += $" UNION ALL SELECT date_trunc('month', date_start)::date, -1 FROM {rows} WHERE {string.Join(" AND ", reversed)}";
        }
        // Only fixed column names and parameter markers are put together here; every value is a parameter.
        var query = $"""SELECT date_part('year', month)::int AS "Year", date_part('month', month)::int AS "Month", sum(n)::int AS "Count" FROM ({sql}) counted GROUP BY month HAVING sum(n) > 0""";
        var months = await db.Database.SqlQueryRaw<MonthRow>(query, [.. parameters]).ToListAsync(cancellationToken);
        return [.. months.Select(m => new MonthCount(m.Year, m.Month, m.Count)).OrderBy(m => m.Year).ThenBy(m => m.Month)];
    }

    /// <summary>
    /// The most days any event lasts (end minus start; 0 when none spans days), from a small index.
    /// An event overlapping a range from a day starts at most this many days before it, which lets
    /// the range be read from the start-date indexes (see <see cref="EventFilter.LongestSpanDays"/>).
    /// </summary>
    public static Task<int> LongestSpanDaysAsync(this NewsPortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""SELECT coalesce(max(date_end - date_start), 0) AS "Value" FROM events WHERE date_end > date_start""")
            .SingleAsync(cancellationToken);

    private static bool Kept(EventFilter filter, out int actorId)
    {
        actorId = EveryActor;
        if (filter.SourceId is not null || filter.EventId is not null || filter.ActorGroups.Count > 1
            || (filter.From is { } from && from.Day != 1)
            || (filter.To is { } to && to.Day != DateTime.DaysInMonth(to.Year, to.Month)))
        {
            return false;
        }
        if (filter.ActorGroups.Count == 1)
        {
            // A country rolled up with its people counts each event once, however many of them take part: not a sum of rows.
            if (filter.ActorGroups[0].Count != 1)
            {
                return false;
            }
            actorId = filter.ActorGroups[0][0];
        }
        return true;
    }

    private sealed class MonthRow
    {
        public int Year { get; init; }
        public int Month { get; init; }
        public int Count { get; init; }
    }
}
