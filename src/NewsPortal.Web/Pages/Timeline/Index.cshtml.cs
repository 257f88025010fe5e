using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Timeline;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
[ReaderQuery(TimelineRequest.QueryKeys + " after undated")]
public class IndexModel(NewsPortalDbContext db, GazetteerProvider gazetteers, AggregateCache aggregates) : PageModel
{
    public const int PageSize = 30;

    public TimelineRequest Timeline { get; private set; } = null!;
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public IReadOnlyList<MonthCount> Months { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Sources { get; private set; } = [];
    public int Total { get; private set; }
    public int UndatedCount { get; private set; }
    public bool ShowingUndated { get; private set; }
    public bool IsContinuation { get; private set; }
    public string? NextPageUrl { get; private set; }

    /// <summary>Two actors in "between" mode: what passes between them, with the chart by month and quad class.</summary>
    public bool Between => Timeline.Between;
    public DyadChart? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? after, bool undated = false, CancellationToken cancellationToken = default)
    {
        Timeline = await TimelineRequest.ReadAsync(Request, db, gazetteers, aggregates, cancellationToken);
        if (!ModelState.IsValid)
        {
            Timeline.Problems.Add("قيمة «undated» غير صالحة.");
        }
        // A name typed in the filter form becomes the actor's public id in the URL, so links are stable and shareable.
        var typed = Request.Query["actor"].Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        if (Timeline.UnknownActors.Count == 0 && !Timeline.Problems.Any && !typed.SequenceEqual(Timeline.Actors.Select(a => a.PublicId)))
        {
            return Redirect("/timeline" + (undated ? Timeline.With("undated", "true") : Timeline.QueryString));
        }
        var events = db.TimelineKeys(Timeline.Filter);

        // Names that matched no actor are not in the query string but still narrow the filter (to nothing).
        var key = "timeline" + Timeline.QueryString + "|" + string.Join("|", Timeline.UnknownActors);
        // An end date ("start <= to") leaves out every undated event, so there is nothing to count then.
        var datesFiltered = Timeline.Filter.To is not null;
        var overview = await aggregates.GetAsync(db, key, async () => new Overview(
            await db.CountPerMonthAsync(Timeline.Filter, events, cancellationToken),
            datesFiltered ? 0 : await events.CountAsync(e => e.DateStart == null, cancellationToken)),
            cancellationToken);
        Months = overview.Months;
        Total = Months.Sum(m => m.Count);
        UndatedCount = overview.Undated;
        Sources = await aggregates.SourcesAsync(db, cancellationToken);
        if (Between)
        {
            Chart = DyadChart.From(await aggregates.GetAsync(db, "dyad" + key, () => db.CountPerMonthAndRootAsync(events, cancellationToken), cancellationToken));
        }

        ShowingUndated = undated;
        List<EventView> views;
        if (Timeline.Filter.EventId is not null)
        {
            // A link to one event (from an article, a source list) lands on its card, dated or not.
            views = await db.LoadViewsAsync(events.Take(1), cancellationToken);
        }
        else if (undated)
        {
            var cursor = Timeline.Cursor(after);
            IsContinuation = cursor is not null;
            // One row more than shown says whether there is a next page; the keys carry the page's order (by article date).
            var keys = await events.ByArticleDate(db, cursor).Take(PageSize + 1).ToListAsync(cancellationToken);
            var ids = keys.Select(k => k.Id).ToList();
            var loaded = await db.LoadViewsAsync(ids, cancellationToken);
            views = [.. loaded.OrderBy(v => ids.IndexOf(v.Event.Id))];
            if (keys.Count > PageSize && keys[PageSize - 1].DateStart is { } day)
            {
                NextPageUrl = Timeline.With("undated", "true") + "&after=" + new EventCursor(day, keys[PageSize - 1].Id);
            }
        }
        else
        {
            var cursor = Timeline.Cursor(after);
            IsContinuation = cursor is not null;
            // One row more than shown says whether there is a next page.
            views = await db.LoadViewsAsync(events.NewestFirstAfter(cursor).Take(PageSize + 1), cancellationToken);
            if (views.Count > PageSize)
            {
                var last = views[PageSize - 1].Event;
                NextPageUrl = Timeline.With("after", new EventCursor(last.DateStart!.Value, last.Id).ToString());
            }
        }
        Events = views.Take(PageSize).ToList();
        if (Timeline.Problems.Any)
        {
            // Shown above the timeline; the rest of the page reads the parameters that were valid.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    private sealed record Overview(IReadOnlyList<MonthCount> Months, int Undated);
}
