using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Reading;
using NewsPortal.Web.Pages.Timeline;

namespace NewsPortal.Web.Api;

/// <summary>The timeline as JSON, with the page's filters (actor, type, from, to, source, status) and keyset paging.</summary>
public static class EventsEndpoint
{
    public const int PageSize = 50;

    public sealed record ActorDto(string PublicId, string NameAr, string NameEn, string Kind);

    public sealed record SourceDto(long ArticleId, string Title, string? Publisher, DateOnly? PublishedOn, string? Url, string? Attribution);

    public sealed record EventDto(
        long Id, string Type, string TypeLabel, string Cameo, DateOnly? DateStart, DateOnly? DateEnd, string Precision, string DateLabel,
        string Status, string Summary, ActorDto? Location, IReadOnlyList<ActorDto> Participants, IReadOnlyList<SourceDto> Sources);

    public sealed record EventPage(IReadOnlyList<EventDto> Items, int Total, string? Next);

    // after: the "next" value of the previous page.
    public static async Task<Ok<EventPage>> GetAsync(HttpContext http, string? after, NewsPortalDbContext db, GazetteerProvider gazetteers, AggregateCache aggregates, CancellationToken cancellationToken)
    {
        var request = await TimelineRequest.ReadAsync(http.Request, db, gazetteers, aggregates, cancellationToken);
        var events = db.TimelineKeys(request.Filter);
        // A count over the whole filter on every page would cost more than the page: cached like the timeline's.
        var key = "api-events-total" + request.QueryString + "|" + string.Join("|", request.UnknownActors);
        var total = await aggregates.GetAsync(db, key, async () => await events.Where(e => e.DateStart != null).CountAsync(cancellationToken), cancellationToken);
        var views = await db.LoadViewsAsync(events.NewestFirstAfter(EventCursor.Parse(after)).Take(PageSize + 1), cancellationToken);
        var next = views.Count > PageSize ? new EventCursor(views[PageSize - 1].Event.DateStart!.Value, views[PageSize - 1].Event.Id).ToString() : null;
        return TypedResults.Ok(new EventPage([.. views.Take(PageSize).Select(ToDto)], total, next));
    }

    public static EventDto ToDto(EventView view)
    {
        var e = view.Event;
        return new EventDto(
            e.Id, e.Type, EventLabels.Type(e.Type), e.Cameo, e.DateStart, e.DateEnd, e.Precision.ToString().ToLowerInvariant(),
            EventLabels.Date(e.DateStart, e.DateEnd, e.Precision), EventLabels.StatusKey(e.Status), e.Summary,
            view.Location is { } l ? ToDto(l) : null,
            [.. view.Participants.Select(ToDto)],
            [.. view.Sources.Select(s => new SourceDto(s.ArticleId, s.Title, s.Publisher, s.PublishedOn, s.Url, s.Attribution))]);
    }

    public static ActorDto ToDto(ActorLink a) => new(a.PublicId, a.NameAr, a.NameEn, a.Kind);
}
