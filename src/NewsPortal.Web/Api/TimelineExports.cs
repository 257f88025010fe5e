using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Reading;
using NewsPortal.Web.Pages.Timeline;

namespace NewsPortal.Web.Api;

/// <summary>The timeline, for any filter, as an Atom feed and as CSV with each event's sources.</summary>
public static class TimelineExports
{
    private const int FeedSize = 50;
    /// <summary>Events read per query while writing the CSV.</summary>
    public const int CsvBatch = 1000;

    // The filter parameters are read by TimelineRequest, as the page reads them; they are named here for the OpenAPI document.
    public static async Task GetFeedAsync(HttpContext http,
        [FromQuery] string[]? actor, [FromQuery] string[]? type, [FromQuery] string[]? status, string? from, string? to, string? source, string? all, string? dated,
        string? @event, string? rollup, string? mode,
        NewsPortalDbContext db, GazetteerProvider gazetteers, NewsPortal.Reading.AggregateCache aggregates, CancellationToken cancellationToken)
    {
        var request = await TimelineRequest.ReadAsync(http.Request, db, gazetteers, aggregates, cancellationToken);
        if (request.Problems.Any)
        {
            await request.Problems.BadRequest().ExecuteAsync(http);
            return;
        }
        var views = await db.LoadViewsAsync(db.TimelineKeys(request.Filter).NewestFirstAfter(null).Take(FeedSize), cancellationToken);
        var site = PublicSite.Origin(http);
        var timelineUrl = new Uri(site + "/timeline" + request.QueryString);

        var feed = new SyndicationFeed("الخط الزمني — بوابة الأخبار", "أحداث العلاقات الروسية الكورية الشمالية في الصحافة العربية", timelineUrl)
        {
            Id = timelineUrl.ToString(),
            Language = "ar",
            LastUpdatedTime = views.Count > 0 ? views.Max(v => new DateTimeOffset(DateTime.SpecifyKind(v.Event.CreatedAtUtc, DateTimeKind.Utc))) : DateTimeOffset.UnixEpoch,
            Items = [.. views.Select(v => Item(v, site))],
        };
        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
    }

    private static SyndicationItem Item(EventView view, string site)
    {
        var e = view.Event;
        var title = $"{EventLabels.Type(e.Type)} — {EventLabels.Date(e)}"
            + (e.Status == EventStatus.Happened ? "" : $" ({EventLabels.Status(e.Status)})") + $": {e.Summary}";
        var text = new StringBuilder(e.Summary);
        if (view.Participants.Count > 0)
        {
            text.Append("\nالمشاركون: ").AppendJoin("، ", view.Participants.Select(p => p.Actor.NameAr));
        }
        text.Append('\n').Append(EventLabels.Sources(view.SourceCount)).Append(": ").AppendJoin("، ", view.Sources.Select(s => s.Publisher ?? s.Title));
        var link = view.Sources.Count > 0 ? new Uri($"{site}/articles/{view.Sources[0].ArticleId}") : new Uri($"{site}/timeline");
        var item = new SyndicationItem(title, text.ToString(), link, $"urn:newsportal:event:{e.Id}",
            new DateTimeOffset(DateTime.SpecifyKind(e.CreatedAtUtc, DateTimeKind.Utc)));
        foreach (var source in view.Sources.Skip(1))
        {
            item.Links.Add(new SyndicationLink(new Uri($"{site}/articles/{source.ArticleId}"), "related", source.Title, null, 0));
        }
        item.Categories.Add(new SyndicationCategory(e.Type));
        return item;
    }

    public static async Task GetCsvAsync(HttpContext http,
        [FromQuery] string[]? actor, [FromQuery] string[]? type, [FromQuery] string[]? status, string? from, string? to, string? source, string? all, string? dated,
        string? @event, string? rollup, string? mode,
        NewsPortalDbContext db, GazetteerProvider gazetteers, NewsPortal.Reading.AggregateCache aggregates, CancellationToken cancellationToken)
    {
        var request = await TimelineRequest.ReadAsync(http.Request, db, gazetteers, aggregates, cancellationToken);
        if (request.Problems.Any)
        {
            await request.Problems.BadRequest().ExecuteAsync(http);
            return;
        }
        var events = db.TimelineKeys(request.Filter);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"timeline.csv\"";
        // leaveOpen: disposing the response body would empty what the page cache keeps of it.
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(true), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Row(["id", "date_start", "date_end", "precision", "date_basis", "type", "type_label", "cameo", "status", "summary", "acting", "acted_on", "location", "source_count", "source_articles", "source_urls", "source_publishers", "evidence"]));
        // Keyset batches, dated events newest first, then undated ones: an export of every event never
        // holds more than one batch in memory. Each batch resumes after the last event of the one before.
        await WriteBatchesAsync(last => events.NewestFirstAfter(last is null ? null : new EventCursor(last.DateStart!.Value, last.Id)));
        await WriteBatchesAsync(last => events.Undated(last?.Id));

        async Task WriteBatchesAsync(Func<Event?, IQueryable<EventKey>> after)
        {
            Event? last = null;
            // The export is the whole record: every source of every event, a batch at a time.
            while (await db.LoadViewsAsync(after(last).Take(CsvBatch), cancellationToken, maxSources: int.MaxValue) is { Count: > 0 } batch)
            {
                foreach (var view in batch)
                {
                    await writer.WriteAsync(Row(Cells(view, http)));
                }
                last = batch[^1].Event;
            }
        }
    }

    private static string[] Cells(EventView view, HttpContext http)
    {
        var e = view.Event;
        var site = PublicSite.Origin(http);
        return
        [
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.DateStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            e.DateEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            e.Precision.ToString().ToLowerInvariant(),
            e.DateBasis.ToString().ToLowerInvariant(),
            e.Type,
            EventLabels.Type(e.Type),
            e.Cameo,
            EventLabels.StatusKey(e.Status),
            e.Summary,
            string.Join("; ", view.Acting.Select(a => $"{a.NameAr} ({a.PublicId})")),
            string.Join("; ", view.ActedOn.Select(a => $"{a.NameAr} ({a.PublicId})")),
            view.Location is { } l ? $"{l.NameAr} ({l.PublicId})" : "",
            view.SourceCount.ToString(CultureInfo.InvariantCulture),
            string.Join(" ", view.Sources.Select(s => $"{site}/articles/{s.ArticleId}")),
            string.Join(" ", view.Sources.Select(s => s.Url ?? "")),
            string.Join("; ", view.Sources.Select(s => s.Publisher ?? "")),
            // One sentence per source, in the order of the sources; a line break inside a sentence would read as a new one.
            string.Join(" | ", view.Sources.Select(s => s.Evidence.ReplaceLineEndings(" "))),
        ];
    }

    /// <summary>One RFC 4180 record (CRLF-terminated).</summary>
    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    /// <summary>
    /// A cell that a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets an
    /// apostrophe first; then it is quoted when it holds a comma, quote or line break.
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
