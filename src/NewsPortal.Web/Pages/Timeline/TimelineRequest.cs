using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Timeline;

/// <summary>
/// The timeline's query string (actor, type, from, to, source, status) read into an
/// <see cref="EventFilter"/>; shared by the page, the API, the feed and the CSV export.
/// </summary>
public sealed class TimelineRequest
{
    public const int MaxActors = 5;

    /// <summary>Every parameter <see cref="ReadAsync"/> reads (for the page cache's keys: keep it in step).</summary>
    public const string QueryKeys = "actor type status from to source dated event rollup mode all";

    public required EventFilter Filter { get; init; }

    /// <summary>The actors the filter names, for the page to show by name.</summary>
    public IReadOnlyList<ActorLink> Actors { get; init; } = [];

    /// <summary>Parameters that could not be read: the API answers 400 with them, pages show them.</summary>
    public ParameterProblems Problems { get; init; } = new();

    /// <summary>Actor names in the URL that name no actor.</summary>
    public IReadOnlyList<string> UnknownActors { get; init; } = [];

    /// <summary>The filters as a query string ("?actor=…&amp;type=…"), for links that keep them.</summary>
    public required string QueryString { get; init; }

    public string? From { get; init; }
    public string? To { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public int? SourceId => Filter.SourceId;
    public bool AllEvents { get; init; }

    /// <summary>Countries named whose people and institutions the filter includes.</summary>
    public IReadOnlyList<ActorLink> RolledUp { get; init; } = [];
    public bool Between { get; init; }

    /// <summary>A country named with its roll-up turned off; <see cref="WithoutRollUpOff"/> turns it on again.</summary>
    public bool RollUpOff { get; init; }
    public string WithoutRollUpOff { get; init; } = "/timeline";
    public string? Basis { get; init; }

    /// <summary>The same filters with "all" switched: the one click between the focus and every event.</summary>
    public string Toggled => AllEvents ? WithoutAll : With("all", "true");

    private string WithoutAll { get; init; } = "";

    public static async Task<TimelineRequest> ReadAsync(HttpRequest request, NewsPortalDbContext db, GazetteerProvider gazetteers, AggregateCache aggregates, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var problems = new ParameterProblems();
        var actorIds = new List<IReadOnlyList<int>>();
        var rolledUp = new List<ActorLink>();
        var periods = new List<IReadOnlyList<MemberPeriods>>();
        // A country stands for its people and institutions too, unless the reader turns that off.
        var rollUp = query["rollup"].ToString() is not ("false" or "0");
        var actors = new List<ActorLink>();
        var unknown = new List<string>();
        var kept = new QueryBuilder();
        var actorTexts = Values(query, "actor").ToList();
        if (actorTexts.Count > MaxActors)
        {
            problems.Add($"يقبل المرشح {MaxActors} فاعلين على الأكثر؛ أُخذ أولهم.");
        }
        foreach (var raw in actorTexts.Take(MaxActors))
        {
            var text = raw.Trim();
            if (text.Length > 200)
            {
                problems.Add($"اسم الفاعل «{ParameterProblems.Shorten(text)}» أطول من 200 حرف.");
                continue;
            }
            // Readers filter by the same few actors over and over: remember what a text resolved to.
            var found = await aggregates.GetAsync(db, "actor-filter|" + text, AggregateCache.ActorTables, async () =>
                (await db.Actors.ResolveAsync(await gazetteers.GetAsync(cancellationToken), text, cancellationToken))
                    .Select(a => (a.Id, Link: new ActorLink(a.PublicId, a.NameAr, a.NameEn, a.Kind))).ToList(), cancellationToken);
            if (found.Count == 0)
            {
                unknown.Add(text);
                // A name that names no actor matches no event, rather than being ignored.
                actorIds.Add([-1]);
                periods.Add([]);
                continue;
            }
            // A short name may stand for several actors; the first is the best guess, and the URL keeps its public id.
            var (actorId, link) = found[0];
            if (rollUp && link.Kind == "country")
            {
                // Its people and institutions by the roles they held at each event's date.
                var members = await aggregates.GetAsync(db, "rollup|" + actorId, AggregateCache.ActorTables, () => db.OfCountryAsync(actorId, cancellationToken), cancellationToken);
                actorIds.Add(members.Ids);
                periods.Add(members.AtTimes);
                rolledUp.Add(link);
            }
            else
            {
                actorIds.Add([actorId]);
                periods.Add([]);
            }
            actors.Add(link);
            kept.Add("actor", link.PublicId);
        }

        var types = Values(query, "type").Distinct().ToList();
        // A type the engine does not know is named on the page, not silently dropped.
        foreach (var unknownType in types.Where(t => !EventLabels.KnownTypes.Contains(t)))
        {
            problems.Add($"نوع الحدث «{ParameterProblems.Shorten(unknownType)}» غير معروف.");
        }
        types.RemoveAll(t => !EventLabels.KnownTypes.Contains(t));
        foreach (var t in types)
        {
            kept.Add("type", t);
        }
        var (from, to) = problems.Range(query["from"], query["to"]);
        if (from is { } f)
        {
            kept.Add("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (to is { } t2)
        {
            kept.Add("to", t2.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        var sourceId = problems.Number("source", query["source"], min: 1);
        if (sourceId is { } sid)
        {
            kept.Add("source", sid.ToString(CultureInfo.InvariantCulture));
        }
        var statuses = new List<EventStatus>();
        foreach (var v in Values(query, "status"))
        {
            if (Enum.TryParse<EventStatus>(v, ignoreCase: true, out var st) && Enum.IsDefined(st) && !int.TryParse(v, out _))
            {
                statuses.Add(st);
            }
            else
            {
                problems.Add($"الحالة «{ParameterProblems.Shorten(v)}» غير معروفة.");
            }
        }
        statuses = [.. statuses.Distinct()];
        foreach (var st in statuses)
        {
            kept.Add("status", EventLabels.StatusKey(st));
        }

        DateBasis? basis = query["dated"].ToString() switch
        {
            "stated" => DateBasis.Stated,
            "reported" => DateBasis.Reported,
            _ => null,
        };
        if (basis is { } b)
        {
            kept.Add("dated", b.ToString().ToLowerInvariant());
        }
        long? eventId = long.TryParse(query["event"], NumberStyles.None, CultureInfo.InvariantCulture, out var ev) ? ev : null;
        if (eventId is { } eid)
        {
            kept.Add("event", eid.ToString(CultureInfo.InvariantCulture));
        }
        var rollUpOff = !rollUp && actors.Any(a => a.Kind == "country");
        if (rollUpOff)
        {
            kept.Add("rollup", "false");
        }
        // Two actors and mode=between: only what passes between the two, with its chart.
        var between = actors.Count == 2 && query["mode"].ToString() == "between";
        if (between)
        {
            kept.Add("mode", "between");
        }
        // The default timeline follows the focus; "all" shows every event a reader may see.
        var withoutAll = kept.ToString();
        var all = query["all"].ToString() is "true" or "1";
        if (all)
        {
            kept.Add("all", "true");
        }

        // With a start date: how far before it an overlapping event can start (one small index read per content change).
        int? longestSpan = from is null ? null : await aggregates.GetAsync(db, "longest-span", ["events"], () => db.LongestSpanDaysAsync(cancellationToken), cancellationToken);

        return new TimelineRequest
        {
            RolledUp = rolledUp,
            RollUpOff = rollUpOff,
            // The same filters with the roll-up on again.
            WithoutRollUpOff = "/timeline" + kept.ToString().Replace("rollup=false&", "").Replace("&rollup=false", "").Replace("?rollup=false", ""),
            Filter = new EventFilter
            {
                ActorGroups = actorIds, GroupPeriods = periods, Types = types, From = from, To = to, SourceId = sourceId, Statuses = statuses, AllEvents = all || eventId is not null,
                Basis = basis, EventId = eventId, LongestSpanDays = longestSpan,
            },
            AllEvents = all,
            Between = between,
            WithoutAll = withoutAll,
            Basis = basis?.ToString().ToLowerInvariant(),
            Actors = actors,
            Problems = problems,
            UnknownActors = unknown,
            QueryString = kept.ToString(),
            From = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Type = types.FirstOrDefault(),
            Status = statuses.Count > 0 ? EventLabels.StatusKey(statuses[0]) : null,
        };
    }

    /// <summary>The keyset cursor of a next page ("after"); a value that is not one is a problem.</summary>
    public EventCursor? Cursor(string? after)
    {
        var cursor = EventCursor.Parse(after);
        if (cursor is null && !string.IsNullOrEmpty(after))
        {
            Problems.Add($"موضع الصفحة «{ParameterProblems.Shorten(after)}» غير صالح.");
        }
        return cursor;
    }

    /// <summary>The same filters plus one more parameter (for paging links).</summary>
    public string With(string name, string value) =>
        QueryString + (QueryString.Length == 0 ? "?" : "&") + name + "=" + Uri.EscapeDataString(value);

    private static IEnumerable<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
