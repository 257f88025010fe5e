using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Model;
using NewsPortal.Reading;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

/// <summary>
/// actor_timeline is kept by database triggers; whatever writes events and participants, an
/// actor's timeline must say what the events themselves say.
/// </summary>
public sealed class ActorTimelineTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private async Task<List<Actor>> AddActorsAsync(int count)
    {
        await using var db = database.CreateContext();
        var actors = Enumerable.Range(1, count)
            .Select(i => new Actor { Key = $"np:person/test-{i}", Kind = "person", NameAr = $"فاعل {i}", NameEn = $"Actor {i}" })
            .ToList();
        db.Actors.AddRange(actors);
        await db.SaveChangesAsync();
        return actors;
    }

    private async Task<List<(int Actor, long Event, string Type, DateOnly? Start, ReviewState Review)>> RowsAsync()
    {
        await using var db = database.CreateContext();
        return [.. (await db.ActorTimeline.OrderBy(t => t.EventId).ThenBy(t => t.ActorId).ToListAsync())
            .Select(t => (t.ActorId, t.EventId, t.Type, t.DateStart, t.Review))];
    }

    /// <summary>
    /// A random event for the property tests: an eighth undated, one in <paramref name="spanOneIn"/> lasting
    /// up to <paramref name="longestSpan"/> days, any status, review, scope and date basis, some participants.
    /// </summary>
    private static Event RandomEvent(Random random, List<Actor> actors, string[] types, int i, DateOnly from, int years, int spanOneIn, int longestSpan)
    {
        var start = random.Next(8) == 0 ? (DateOnly?)null : from.AddDays(random.Next(years * 365));
        return new Event
        {
            Type = types[random.Next(types.Length)], Cameo = "040", Summary = $"حدث {i}",
            DateStart = start,
            DateEnd = start is { } s && random.Next(spanOneIn) == 0 ? s.AddDays(random.Next(1, longestSpan)) : null,
            Status = (EventStatus)random.Next(4),
            Review = (ReviewState)random.Next(4),
            Scope = (EventScope)random.Next(3),
            DateBasis = (DateBasis)random.Next(2),
            LocationActorId = random.Next(3) == 0 ? actors[random.Next(actors.Count)].Id : null,
            Participants = [.. actors.Where(_ => random.Next(3) == 0).Select(a => new EventParticipant { ActorId = a.Id, Role = (ParticipantRole)random.Next(2) })],
        };
    }

    [Fact]
    public async Task Each_participant_and_the_location_appear_once_with_the_events_facts()
    {
        var actors = await AddActorsAsync(3);
        await using (var db = database.CreateContext())
        {
            db.Events.Add(new Event
            {
                Type = "visit", Cameo = "042", Summary = "زيارة", DateStart = new DateOnly(2024, 6, 18),
                LocationActorId = actors[2].Id,
                Participants =
                [
                    new EventParticipant { ActorId = actors[0].Id, Role = ParticipantRole.Actor },
                    new EventParticipant { ActorId = actors[1].Id, Role = ParticipantRole.Target },
                    // Host and participant at once: still one row.
                    new EventParticipant { ActorId = actors[2].Id, Role = ParticipantRole.Target },
                ],
            });
            await db.SaveChangesAsync();
        }

        var rows = await RowsAsync();

        Assert.Equal([actors[0].Id, actors[1].Id, actors[2].Id], rows.Select(r => r.Actor));
        Assert.All(rows, r => Assert.Equal(("visit", new DateOnly(2024, 6, 18)), (r.Type, r.Start)));
    }

    [Fact]
    public async Task Corrections_removals_merges_and_deletions_reach_the_actor_timeline()
    {
        var actors = await AddActorsAsync(4);
        long eventId;
        await using (var db = database.CreateContext())
        {
            var ev = new Event
            {
                Type = "meeting", Cameo = "043", Summary = "لقاء", DateStart = new DateOnly(2023, 9, 13),
                Participants = [new() { ActorId = actors[0].Id }, new() { ActorId = actors[1].Id, Role = ParticipantRole.Target }],
            };
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            eventId = ev.Id;

            // An editor corrects the type and date and rejects nothing yet; then the location is set.
            ev.Type = "visit";
            ev.DateStart = new DateOnly(2024, 6, 19);
            ev.LocationActorId = actors[2].Id;
            await db.SaveChangesAsync();
        }
        Assert.Equal(
            [(actors[0].Id, eventId, "visit", (DateOnly?)new DateOnly(2024, 6, 19), ReviewState.Unreviewed),
             (actors[1].Id, eventId, "visit", new DateOnly(2024, 6, 19), ReviewState.Unreviewed),
             (actors[2].Id, eventId, "visit", new DateOnly(2024, 6, 19), ReviewState.Unreviewed)],
            await RowsAsync());

        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM event_participants WHERE actor_id = {actors[1].Id}");
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE events SET review = {(int)ReviewState.Rejected}");
        }
        Assert.Equal([actors[0].Id, actors[2].Id], (await RowsAsync()).Select(r => r.Actor));
        Assert.All(await RowsAsync(), r => Assert.Equal(ReviewState.Rejected, r.Review));

        // Merging actor 0 into actor 3 moves the event onto actor 3's timeline (the admin merge's own SQL).
        await using (var services = TestServices.Build(database))
        {
            var merged = await services.WithAsync<ActorEditor, EditResult>(editor => editor.MergeAsync(actors[0].Id, actors[3].Id, "editor", CancellationToken.None));
            Assert.True(merged.Succeeded, merged.Error);
        }
        Assert.Equal([actors[2].Id, actors[3].Id], (await RowsAsync()).Select(r => r.Actor));

        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM events WHERE id = {eventId}");
        }
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Timeline_keys_from_the_actor_timeline_match_a_direct_reading_of_events_for_random_filters()
    {
        var random = new Random(20261123);
        var actors = await AddActorsAsync(6);
        string[] types = ["visit", "meeting", "agreement", "sanctions"];
        var events = new List<Event>();
        await using (var db = database.CreateContext())
        {
            var sources = new[] { new Source { Name = "أ", Location = "https://a.example/feed" }, new Source { Name = "ب", Location = "https://b.example/feed" } };
            db.Sources.AddRange(sources);
            var articles = Enumerable.Range(0, 10).Select(i => new Article
            {
                Source = sources[i % 2], Title = $"مقال {i}", Body = "نص", Language = "ar", ContentHash = $"h{i}",
            }).ToList();
            db.Articles.AddRange(articles);
            for (var i = 0; i < 300; i++)
            {
                var ev = RandomEvent(random, actors, types, i, new DateOnly(2019, 1, 1), years: 7, spanOneIn: 4, longestSpan: 60);
                ev.Mentions.Add(new EventMention { Article = articles[random.Next(articles.Count)], Fingerprint = $"f{i}" });
                events.Add(ev);
            }
            db.Events.AddRange(events);
            await db.SaveChangesAsync();
        }
        var sourceIds = events.Select(e => e.Mentions[0].Article!.SourceId).Distinct().ToList();
        int longestSpan;
        await using (var db = database.CreateContext())
        {
            longestSpan = await db.LongestSpanDaysAsync(CancellationToken.None);
        }
        Assert.Equal(events.Where(e => e.DateEnd > e.DateStart).Max(e => e.DateEnd!.Value.DayNumber - e.DateStart!.Value.DayNumber), longestSpan);

        for (var round = 0; round < 60; round++)
        {
            var from = random.Next(2) == 0 ? (DateOnly?)new DateOnly(2019 + random.Next(7), 1 + random.Next(12), 1) : null;
            var filter = new EventFilter
            {
                // Groups of one actor, or of two as a country rolled up with one of its people.
                ActorGroups = [.. Enumerable.Range(0, random.Next(3)).Select(_ => (IReadOnlyList<int>)[.. actors.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).Select(a => a.Id)])],
                AllEvents = random.Next(2) == 0,
                Basis = random.Next(3) switch { 0 => DateBasis.Stated, 1 => DateBasis.Reported, _ => null },
                Types = [.. types.Where(_ => random.Next(3) == 0)],
                Statuses = [.. Enum.GetValues<EventStatus>().Where(_ => random.Next(3) == 0)],
                From = from,
                To = random.Next(2) == 0 ? (from ?? new DateOnly(2019, 1, 1)).AddDays(random.Next(30, 900)) : null,
                SourceId = random.Next(3) == 0 ? sourceIds[random.Next(sourceIds.Count)] : null,
                LongestSpanDays = random.Next(2) == 0 ? longestSpan : null,
            };
            var expected = events.Where(e => Matches(e, filter)).ToList();

            await using var db = database.CreateContext();
            var keys = db.TimelineKeys(filter);
            var dated = await keys.NewestFirstAfter(null).Select(k => k.Id).ToListAsync();
            var undated = await keys.Undated().Select(k => k.Id).ToListAsync();

            Assert.Equal(
                [.. expected.Where(e => e.DateStart != null).OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id).Select(e => e.Id)],
                dated);
            Assert.Equal([.. expected.Where(e => e.DateStart == null).OrderByDescending(e => e.Id).Select(e => e.Id)], undated);
            Assert.Equal(
                [.. expected.Where(e => e.DateStart != null).GroupBy(e => (e.DateStart!.Value.Year, e.DateStart.Value.Month)).OrderBy(g => g.Key)
                    .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()))],
                await keys.CountPerMonthAsync(CancellationToken.None));
            Assert.Equal(await keys.CountPerMonthAsync(CancellationToken.None), await db.CountPerMonthAsync(filter, keys, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Month_strips_kept_by_the_database_match_counting_the_events_through_writes_corrections_and_deletions()
    {
        var random = new Random(20261203);
        var actors = await AddActorsAsync(5);
        string[] types = ["visit", "meeting", "agreement"];
        // Some run over a month's end (a range starting inside one still counts it).
        Event NewEvent(int i) => RandomEvent(random, actors, types, i, new DateOnly(2020, 1, 1), years: 4, spanOneIn: 3, longestSpan: 90);
        await using (var db = database.CreateContext())
        {
            db.Events.AddRange(Enumerable.Range(0, 200).Select(NewEvent));
            await db.SaveChangesAsync();
        }
        await using (var db = database.CreateContext())
        {
            // Corrections one by one and in bulk, participants removed, events deleted, more events written.
            foreach (var ev in (await db.Events.ToListAsync()).Where(_ => random.Next(5) == 0))
            {
                ev.Type = types[random.Next(types.Length)];
                ev.DateStart = random.Next(6) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(4 * 365));
                ev.Review = (ReviewState)random.Next(4);
            }
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE events SET scope = {(int)EventScope.Other} WHERE id % 7 = 0");
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM event_participants WHERE actor_id = {actors[1].Id} AND event_id % 2 = 0");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM events WHERE id % 11 = 0");
            db.Events.AddRange(Enumerable.Range(200, 40).Select(NewEvent));
            await db.SaveChangesAsync();
        }
        List<Event> events;
        await using (var db = database.CreateContext())
        {
            events = await db.Events.AsNoTracking().Include(e => e.Participants).ToListAsync();
            // The strips below are read from the kept counts, not counted again.
            Assert.Equal(events.Count(e => e.DateStart != null),
                await db.Database.SqlQueryRaw<int>($"SELECT coalesce(sum(events), 0)::int AS \"Value\" FROM event_month_counts WHERE actor_id = {MonthStrips.EveryActor}").SingleAsync());
        }

        var longestSpan = events.Where(e => e.DateEnd > e.DateStart).Max(e => e.DateEnd!.Value.DayNumber - e.DateStart!.Value.DayNumber);
        for (var round = 0; round < 60; round++)
        {
            var from = random.Next(2) == 0 ? (DateOnly?)new DateOnly(2020 + random.Next(4), 1 + random.Next(12), 1) : null;
            DateOnly? to = random.Next(2) == 0 ? (from ?? new DateOnly(2020, 1, 1)).AddMonths(random.Next(1, 30)).AddDays(-1) : null;
            var filter = new EventFilter
            {
                ActorGroups = random.Next(2) == 0 ? [] : [[actors[random.Next(actors.Count)].Id]],
                AllEvents = random.Next(2) == 0,
                Basis = random.Next(3) switch { 0 => DateBasis.Stated, 1 => DateBasis.Reported, _ => null },
                Types = [.. types.Where(_ => random.Next(3) == 0)],
                Statuses = [.. Enum.GetValues<EventStatus>().Where(_ => random.Next(3) == 0)],
                From = from,
                To = to,
                LongestSpanDays = random.Next(2) == 0 ? longestSpan : null,
            };
            var expected = events.Where(e => e.DateStart != null && Matches(e, filter))
                .GroupBy(e => (e.DateStart!.Value.Year, e.DateStart.Value.Month)).OrderBy(g => g.Key)
                .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count())).ToList();

            await using var db = database.CreateContext();
            Assert.Equal(expected, await db.CountPerMonthAsync(filter, db.TimelineKeys(filter), CancellationToken.None));
        }
    }

    /// <summary>The filter's meaning, read straight off the event.</summary>
    private static bool Matches(Event e, EventFilter filter) =>
        e.Review != ReviewState.Rejected
        && (filter.AllEvents ? e.Scope != EventScope.Hidden : e.Scope == EventScope.Focus)
        && (filter.Basis is not { } basis || e.DateBasis == basis)
        && filter.ActorGroups.All(g => g.Any(a => e.LocationActorId == a || e.Participants.Any(p => p.ActorId == a)))
        && (filter.Types.Count == 0 || filter.Types.Contains(e.Type))
        && (filter.Statuses.Count == 0 || filter.Statuses.Contains(e.Status))
        && (filter.From is not { } from || (e.DateEnd ?? e.DateStart) >= from)
        && (filter.To is not { } to || e.DateStart <= to)
        && (filter.SourceId is not { } source || e.Mentions.Any(m => m.Article!.SourceId == source));
}
