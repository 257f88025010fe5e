using Microsoft.EntityFrameworkCore;
using NewsPortal.Model;
using NewsPortal.Reading;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Reading;

/// <summary>
/// Filtering by a country includes its people and institutions by the roles they held at each
/// event's date: an actor whose affiliation changed counts for a side only while it held it.
/// (Made-up countries and people; the rule, not the seed's actors.)
/// </summary>
public sealed class RollUpTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly Dictionary<string, int> ids = [];
    private readonly Dictionary<string, long> events = [];

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await using var db = database.CreateContext();
        Actor Add(string key, string kind, string? country, params ActorRole[] roles)
        {
            var actor = new Actor { Key = key, Kind = kind, NameAr = key, NameEn = key, CountryKey = country, Roles = [.. roles] };
            db.Actors.Add(actor);
            return actor;
        }
        static ActorRole Role(string title, string? affiliation, string? from, string? to) => new()
        {
            Title = title, OrganizationKey = affiliation,
            From = from is null ? null : DateOnly.Parse(from), To = to is null ? null : DateOnly.Parse(to),
        };
        var actors = new Dictionary<string, Actor>
        {
            ["north"] = Add("np:country/test-north", "country", null),
            ["south"] = Add("np:country/test-south", "country", null),
            ["ministry"] = Add("np:organization/test-north-ministry", "organization", "np:country/test-north"),
            ["league"] = Add("np:organization/test-league", "organization", null),
            // A diplomat of the north who changed sides: filed under the south today.
            ["defector"] = Add("np:person/test-defector", "person", "np:country/test-south",
                Role("Deputy ambassador", "np:organization/test-north-ministry", "2010-01-01", "2016-07-31"),
                Role("Lawmaker", "np:country/test-south", "2020-05-30", "2024-05-29")),
            // A northern official lent to an international body for two years.
            ["envoy"] = Add("np:person/test-envoy", "person", "np:country/test-north",
                Role("Secretary of the league", "np:organization/test-league", "2018-01-01", "2019-12-31")),
            // Roles that name no affiliation leave the actor where it is filed.
            ["minister"] = Add("np:person/test-minister", "person", "np:country/test-north", Role("Minister", null, "2012-01-01", "2014-01-01")),
            ["outsider"] = Add("np:person/test-outsider", "person", null),
        };
        await db.SaveChangesAsync();
        foreach (var (name, actor) in actors)
        {
            ids[name] = actor.Id;
        }

        void Event(string name, string? date, params string[] who)
        {
            var ev = new Event
            {
                Type = "meeting", Cameo = "040", Summary = name, DateStart = date is null ? null : DateOnly.Parse(date),
                Participants = [.. who.Select(w => new EventParticipant { ActorId = ids[w], Role = ParticipantRole.Actor })],
            };
            db.Events.Add(ev);
        }
        Event("defector-2014", "2014-03-01", "defector", "outsider");
        Event("defector-2018", "2018-03-01", "defector");
        Event("defector-2022", "2022-03-01", "defector", "outsider");
        Event("defector-undated", null, "defector");
        Event("envoy-2019", "2019-06-01", "envoy");
        Event("envoy-2021", "2021-06-01", "envoy", "outsider");
        Event("envoy-undated", null, "envoy");
        Event("minister-2020", "2020-06-01", "minister");
        Event("ministry-2015", "2015-06-01", "ministry");
        await db.SaveChangesAsync();
        foreach (var ev in await db.Events.ToListAsync())
        {
            events[ev.Summary] = ev.Id;
        }
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private async Task<List<string>> MatchingAsync(params string[] groups)
    {
        await using var db = database.CreateContext();
        var actorGroups = new List<IReadOnlyList<int>>();
        var periods = new List<IReadOnlyList<MemberPeriods>>();
        foreach (var group in groups)
        {
            if (group.StartsWith("np:country/", StringComparison.Ordinal))
            {
                var rollUp = await db.OfCountryAsync(ids[group.EndsWith("north", StringComparison.Ordinal) ? "north" : "south"], CancellationToken.None);
                actorGroups.Add(rollUp.Ids);
                periods.Add(rollUp.AtTimes);
            }
            else
            {
                actorGroups.Add([ids[group]]);
                periods.Add([]);
            }
        }
        var filter = new EventFilter { ActorGroups = actorGroups, GroupPeriods = periods, AllEvents = true };
        var keys = await db.TimelineKeys(filter).Select(k => k.Id).ToListAsync();
        return [.. events.Where(e => keys.Contains(e.Value)).Select(e => e.Key).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_country_includes_its_people_and_institutions_by_the_roles_they_held_at_each_events_date()
    {
        Assert.Equal(
            ["defector-2014", "envoy-2021", "envoy-undated", "minister-2020", "ministry-2015"],
            await MatchingAsync("np:country/test-north"));
    }

    [Fact]
    public async Task An_actor_that_changed_sides_counts_for_its_new_side_outside_its_old_roles()
    {
        // Filed under the south: its own side between and after roles, and while a southern lawmaker; undated events by where it is filed.
        Assert.Equal(["defector-2018", "defector-2022", "defector-undated"], await MatchingAsync("np:country/test-south"));
    }

    [Fact]
    public async Task The_dates_hold_for_every_group_named_not_only_the_first()
    {
        Assert.Equal(["defector-2014", "envoy-2021"], await MatchingAsync("outsider", "np:country/test-north"));
        Assert.Equal(["defector-2022"], await MatchingAsync("outsider", "np:country/test-south"));
    }
}
