using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Reading;
using NewsPortal.Web.Pages.Timeline;

namespace NewsPortal.Web.Api;

/// <summary>
/// The timeline as JSON with the page's filters and keyset paging: dated events newest first, then
/// the undated ones (or only one of the two with <c>undated</c>).
/// </summary>
public static class EventsEndpoint
{
    public const int PageSize = 50;
    private const string UndatedCursor = "u_";

    public sealed record ActorDto(string PublicId, string NameAr, string NameEn, string Kind);

    /// <summary>A participant and its role: "actor" (who acts) or "target" (on whom, or with whom).</summary>
    public sealed record ParticipantDto(string PublicId, string NameAr, string NameEn, string Kind, string Role);

    public sealed record SourceDto(long ArticleId, string Title, string? Publisher, DateOnly? PublishedOn, string? Url, string? Attribution, string Evidence);

    /// <summary>An event; <c>Sources</c> are its first few of <c>SourceCount</c>, and <c>SourcesUrl</c> pages through all of them when there are more.</summary>
    public sealed record EventDto(
        long Id, string Type, string TypeLabel, string Cameo, DateOnly? DateStart, DateOnly? DateEnd, string Precision, string DateBasis, string DateLabel,
        string Status, string Summary, ActorDto? Location, IReadOnlyList<ParticipantDto> Participants, IReadOnlyList<SourceDto> Sources,
        int SourceCount, string? SourcesUrl);

    public sealed record SourcePage(IReadOnlyList<SourceDto> Items, int Total, string? Next);

    public const int SourcesPageSize = 50;

    public sealed record EventPage(IReadOnlyList<EventDto> Items, int Total, string? Next);

    // after: the "next" value of the previous page. undated: true, only events with no date at all;
    // false, only dated ones; absent, dated then undated. The filters are read by TimelineRequest, as
    // the page reads them; the parameters here name them for the OpenAPI document.
    public static async Task<Results<Ok<EventPage>, ProblemHttpResult>> GetAsync(
        HttpContext http, string? after, bool? undated,
        [FromQuery] string[]? actor, [FromQuery] string[]? type, [FromQuery] string[]? status, string? from, string? to, string? source, bool? all, string? dated,
        string? @event, string? rollup, string? mode,
        NewsPortalDbContext db, GazetteerProvider gazetteers, AggregateCache aggregates, CancellationToken cancellationToken)
    {
        var request = await TimelineRequest.ReadAsync(http.Request, db, gazetteers, aggregates, cancellationToken);
        var inUndated = undated == true || (after?.StartsWith(UndatedCursor, StringComparison.Ordinal) ?? false);
        long? below = null;
        if (after?.StartsWith(UndatedCursor, StringComparison.Ordinal) ?? false)
        {
            below = long.TryParse(after[UndatedCursor.Length..], out var id) ? id : null;
            if (below is null)
            {
                request.Problems.Add($"موضع الصفحة «{ParameterProblems.Shorten(after)}» غير صالح.");
            }
        }
        var cursor = inUndated ? null : request.Cursor(after);
        if (request.Problems.Any)
        {
            return request.Problems.BadRequest();
        }
        var events = db.TimelineKeys(request.Filter);
        // A count over the whole filter on every page would cost more than the page: cached like the timeline's.
        var key = "api-events-total" + request.QueryString + "|" + undated + "|" + string.Join("|", request.UnknownActors);
        var counted = undated switch
        {
            true => events.Where(e => e.DateStart == null),
            false => events.Where(e => e.DateStart != null),
            null => events,
        };
        var total = await aggregates.GetAsync(db, key, async () => await counted.CountAsync(cancellationToken), cancellationToken);

        var views = new List<EventView>();
        if (!inUndated)
        {
            views = await db.LoadViewsAsync(events.NewestFirstAfter(cursor).Take(PageSize + 1), cancellationToken);
        }
        // The dated part ended on this page: the undated ones follow, unless only dated ones were asked for.
        if (views.Count <= PageSize && undated != false)
        {
            views.AddRange(await db.LoadViewsAsync(events.Undated(below).Take(PageSize + 1 - views.Count), cancellationToken));
        }
        string? next = null;
        if (views.Count > PageSize)
        {
            var last = views[PageSize - 1].Event;
            next = last.DateStart is { } day ? new EventCursor(day, last.Id).ToString() : UndatedCursor + last.Id;
        }
        return TypedResults.Ok(new EventPage([.. views.Take(PageSize).Select(ToDto)], total, next));
    }

    public static EventDto ToDto(EventView view)
    {
        var e = view.Event;
        return new EventDto(
            e.Id, e.Type, EventLabels.Type(e.Type), e.Cameo, e.DateStart, e.DateEnd, e.Precision.ToString().ToLowerInvariant(),
            e.DateBasis.ToString().ToLowerInvariant(), EventLabels.Date(e), EventLabels.StatusKey(e.Status), e.Summary,
            view.Location is { } l ? ToDto(l) : null,
            [.. view.Participants.Select(p => new ParticipantDto(p.Actor.PublicId, p.Actor.NameAr, p.Actor.NameEn, p.Actor.Kind, p.Role.ToString().ToLowerInvariant()))],
            [.. view.Sources.Select(ToDto)],
            view.SourceCount,
            view.MoreSources > 0 ? SourcesUrl(e.Id, 1) : null);
    }

    private static SourceDto ToDto(EventSource s) => new(s.ArticleId, s.Title, s.Publisher, s.PublishedOn, s.Url, s.Attribution, s.Evidence);

    private static string SourcesUrl(long eventId, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/events/{eventId}/sources") + (page > 1 ? string.Create(CultureInfo.InvariantCulture, $"?p={page}") : "");

    /// <summary>All sources of one event, a page at a time (p from 1), oldest report first.</summary>
    public static async Task<Results<Ok<SourcePage>, NotFound, ProblemHttpResult>> GetSourcesAsync(
        long id, string? p, NewsPortalDbContext db, CancellationToken cancellationToken)
    {
        var problems = new ParameterProblems();
        var page = problems.Number("p", p, min: 1, max: 100_000) ?? 1;
        if (problems.Any)
        {
            return problems.BadRequest();
        }
        var (sources, total) = await db.SourcesPageAsync(id, (page - 1) * SourcesPageSize, SourcesPageSize, cancellationToken);
        if (total == 0)
        {
            return TypedResults.NotFound();
        }
        var next = page * SourcesPageSize < total ? SourcesUrl(id, page + 1) : null;
        return TypedResults.Ok(new SourcePage([.. sources.Select(ToDto)], total, next));
    }

    public static ActorDto ToDto(ActorLink a) => new(a.PublicId, a.NameAr, a.NameEn, a.Kind);
}
