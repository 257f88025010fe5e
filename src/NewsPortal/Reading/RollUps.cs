using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Reading;

/// <summary>
/// An actor counted in a rolled-up country only over some periods: a person whose roles tie them to
/// other sides at other times (a diplomat who defected, an official who moved to an international body).
/// <see cref="Undated"/>: whether the actor counts for undated events (by their standing country).
/// </summary>
public sealed record MemberPeriods(int ActorId, IReadOnlyList<(DateOnly? From, DateOnly? To)> Periods, bool Undated);

/// <summary>A country with the people and institutions that belong to it: those always, and those only at some dates.</summary>
public sealed record RollUp(IReadOnlyList<int> Always, IReadOnlyList<MemberPeriods> AtTimes)
{
    /// <summary>Every actor id of the group (the country first), for the actor_timeline index read.</summary>
    public IReadOnlyList<int> Ids => [.. Always, .. AtTimes.Select(m => m.ActorId)];
}

/// <summary>
/// Who a country stands for on a given date. An actor belongs to the country it is filed under
/// (<see cref="Actor.CountryKey"/>), except while it holds a role whose affiliation
/// (<see cref="ActorRole.OrganizationKey"/>: a country, or an institution of one) names a side:
/// then that side, for the role's period. So a filter by a country includes its officials and
/// institutions by the roles valid at each event's date, not by where they are filed today.
/// </summary>
public static class RollUps
{
    public static async Task<RollUp> OfCountryAsync(this NewsPortalDbContext db, int countryId, CancellationToken cancellationToken)
    {
        var countryKey = await db.Actors.AsNoTracking().Where(c => c.Id == countryId).Select(c => c.Key).SingleAsync(cancellationToken);
        // Candidates: filed under the country, or holding a role with an affiliation (few; most roles name none).
        var actors = await db.Actors.AsNoTracking()
            .Where(a => a.Id != countryId && a.Status == ActorStatus.Accepted && a.MergedIntoActorId == null
                && (a.CountryKey == countryKey || a.Roles.Any(r => r.OrganizationKey != null)))
            .Select(a => new
            {
                a.Id, a.CountryKey,
                Roles = a.Roles.Where(r => r.OrganizationKey != null).Select(r => new { r.OrganizationKey, r.From, r.To }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var organizations = actors.SelectMany(a => a.Roles).Select(r => r.OrganizationKey!).Distinct().ToList();
        // An affiliation is a side itself (a country) or belongs to one (a ministry, a party, an embassy).
        var sideOf = await db.Actors.AsNoTracking().Where(o => organizations.Contains(o.Key))
            .Select(o => new { o.Key, Side = o.Kind == "country" ? o.Key : o.CountryKey })
            .ToDictionaryAsync(o => o.Key, o => o.Side, StringComparer.Ordinal, cancellationToken);

        var always = new List<int> { countryId };
        var atTimes = new List<MemberPeriods>();
        foreach (var actor in actors)
        {
            var filed = actor.CountryKey == countryKey;
            if (actor.Roles.Count == 0)
            {
                if (filed)
                {
                    always.Add(actor.Id);
                }
                continue;
            }
            var roles = actor.Roles.Select(r => (r.From, r.To, Side: sideOf.GetValueOrDefault(r.OrganizationKey!, r.OrganizationKey))).ToList();
            var periods = roles.Where(r => r.Side == countryKey).Select(r => (r.From, r.To)).ToList();
            if (filed)
            {
                // Between its affiliated roles, an actor is its own country's.
                periods.AddRange(Outside(roles.Select(r => (r.From, r.To))));
            }
            if (periods.Count > 0)
            {
                atTimes.Add(new MemberPeriods(actor.Id, periods, filed));
            }
        }
        return new RollUp(always, atTimes);
    }

    /// <summary>The days not covered by any of the periods (open ends are unbounded).</summary>
    internal static List<(DateOnly? From, DateOnly? To)> Outside(IEnumerable<(DateOnly? From, DateOnly? To)> periods)
    {
        var gaps = new List<(DateOnly? From, DateOnly? To)>();
        DateOnly? free = DateOnly.MinValue;
        foreach (var (from, to) in periods.OrderBy(p => p.From ?? DateOnly.MinValue))
        {
            if (free is null)
            {
                break;
            }
            if (from is { } f && f > free.Value)
            {
                gaps.Add((free == DateOnly.MinValue ? null : free, f.AddDays(-1)));
            }
            // Covered up to the period's end: free again from the day after it.
            DateOnly? next = to is { } t ? (t == DateOnly.MaxValue ? null : t.AddDays(1)) : null;
            free = next is null ? null : (next > free ? next : free);
        }
        if (free is { } rest)
        {
            gaps.Add((rest == DateOnly.MinValue ? null : rest, null));
        }
        return gaps;
    }

    /// <summary>
    /// A row counts for the group unless its actor belongs to it only at times and the row's event
    /// falls outside them. Null when no member is bounded (the group's ids alone decide).
    /// </summary>
    public static Expression<Func<ActorTimelineEntry, bool>>? InPeriods(IReadOnlyList<MemberPeriods> atTimes)
    {
        if (atTimes.Count == 0)
        {
            return null;
        }
        var row = Expression.Parameter(typeof(ActorTimelineEntry), "t");
        var actorId = Expression.Property(row, nameof(ActorTimelineEntry.ActorId));
        var start = Expression.Property(row, nameof(ActorTimelineEntry.DateStart));
        var bounded = atTimes.Select(m => m.ActorId).ToList();
        // !bounded.Contains(t.ActorId): the members that always count.
        Expression body = Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Constant(bounded), actorId));
        foreach (var member in atTimes)
        {
            Expression? when = member.Undated ? Expression.Equal(start, Expression.Constant(null, typeof(DateOnly?))) : null;
            foreach (var (from, to) in member.Periods)
            {
                Expression inside = Expression.NotEqual(start, Expression.Constant(null, typeof(DateOnly?)));
                if (from is { } f)
                {
                    inside = Expression.AndAlso(inside, Expression.GreaterThanOrEqual(start, Expression.Constant(f, typeof(DateOnly?))));
                }
                if (to is { } t)
                {
                    inside = Expression.AndAlso(inside, Expression.LessThanOrEqual(start, Expression.Constant(t, typeof(DateOnly?))));
                }
                when = when is null ? inside : Expression.OrElse(when, inside);
            }
            var mine = Expression.Equal(actorId, Expression.Constant(member.ActorId));
            body = Expression.OrElse(body, when is null ? Expression.Constant(false) : Expression.AndAlso(mine, when));
        }
        return Expression.Lambda<Func<ActorTimelineEntry, bool>>(body, row);
    }
}
