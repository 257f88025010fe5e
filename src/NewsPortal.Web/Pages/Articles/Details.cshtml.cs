using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Reading;
using NewsPortal.Web.Pages.Timeline;

namespace NewsPortal.Web.Pages.Articles;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
[ReaderQuery("copies")]
public class DetailsModel(NewsPortalDbContext db) : PageModel
{
    /// <summary>Copies listed a page at a time: a wire story can be copied by hundreds of outlets.</summary>
    public const int CopiesPageSize = 20;

    public Article Article { get; private set; } = null!;

    /// <summary>Each paragraph as escaped HTML with the article's tags marked in it.</summary>
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public IReadOnlyList<(ActorLink Actor, int Count)> Actors { get; private set; } = [];
    public IReadOnlyList<TaggedEvent> Events { get; private set; } = [];
    public IReadOnlyList<Copy> Copies { get; private set; } = [];
    public Copy? Original { get; private set; }
    public int CopyCount { get; private set; }
    public int CopiesPage { get; private set; } = 1;
    public ParameterProblems Problems { get; } = new();

    /// <summary>Copies after this page (the link to the next page says how many).</summary>
    public int MoreCopies => CopyCount - (CopiesPage - 1) * CopiesPageSize - Copies.Count;

    public async Task<IActionResult> OnGetAsync(long id, string? copies, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;

        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == id)
            .Select(m => new { m.Start, m.End, Actor = ActorLink.Of(m.Actor!.WikidataId, m.Actor.Key, m.Actor.NameAr, m.Actor.NameEn, m.Actor.Kind) })
            .ToListAsync(cancellationToken);
        var dates = await db.DateMentions.AsNoTracking().Where(d => d.ArticleId == id).ToListAsync(cancellationToken);
        var reports = await db.EventMentions.AsNoTracking()
            .Where(m => m.ArticleId == id && m.Event!.Review != ReviewState.Rejected)
            .Include(m => m.Event)
            .OrderBy(m => m.EvidenceStart)
            .ToListAsync(cancellationToken);

        var highlights = new List<Highlight>();
        highlights.AddRange(mentions.Select(m => new Highlight(m.Start, m.End, "mark", "tag tag-actor", $"{m.Actor.NameAr} — {EventLabels.ActorKind(m.Actor.Kind)}")));
        highlights.AddRange(dates.Select(d => new Highlight(d.Start, d.End, "mark", "tag tag-date",
            "تاريخ: " + (d.ValueStart is null ? "لم يُحدَّد" : EventLabels.Date(d.ValueStart, d.ValueEnd, d.Precision)))));
        foreach (var r in reports)
        {
            var e = r.Event!;
            highlights.Add(new Highlight(r.EvidenceStart, r.EvidenceEnd, "span", "evidence"));
            highlights.Add(new Highlight(r.TriggerStart, r.TriggerEnd, "mark", "tag tag-event",
                $"حدث: {EventLabels.Type(e.Type)} ({EventLabels.Date(e.DateStart, e.DateEnd, e.Precision)}{(e.Status == EventStatus.Happened ? "" : "، " + EventLabels.Status(e.Status))}) — الدليل: «{Slice(article.Body, r.EvidenceStart, r.EvidenceEnd)}»"));
        }
        Paragraphs = TaggedHtml.OneTabStop([.. ParagraphSpans(article.Body).Select(p => TaggedHtml.Render(article.Body, p.Start, p.End, highlights))]);

        // Most mentioned first; ties in order of first appearance.
        Actors = [.. mentions.GroupBy(m => m.Actor).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Start)).Select(g => (g.Key, g.Count()))];
        Events = [.. reports.Select(r => new TaggedEvent(r.Event!, Slice(article.Body, r.EvidenceStart, r.EvidenceEnd), r.Attribution)).DistinctBy(e => e.Event.Id)];
        CopiesPage = Problems.Number("copies", copies, min: 1, max: 100_000) ?? 1;
        var copyRows = db.Articles.AsNoTracking().Where(a => a.CopyOfArticleId == id);
        CopyCount = await copyRows.CountAsync(cancellationToken);
        Copies = await copyRows.OrderBy(a => a.PublishedOn).ThenBy(a => a.Id)
            .Skip((CopiesPage - 1) * CopiesPageSize).Take(CopiesPageSize)
            .Select(a => new Copy(a.Id, a.Title, a.Publisher, a.PublishedOn)).ToListAsync(cancellationToken);
        if (article.CopyOfArticleId is { } originalId)
        {
            Original = await db.Articles.AsNoTracking().Where(a => a.Id == originalId)
                .Select(a => new Copy(a.Id, a.Title, a.Publisher, a.PublishedOn)).FirstOrDefaultAsync(cancellationToken);
        }
        return Page();
    }

    /// <summary>Paragraphs are separated by blank lines; spans index the whole body, so each keeps its offsets.</summary>
    private static IEnumerable<(int Start, int End)> ParagraphSpans(string body)
    {
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = body.Length;
            }
            var (s, e) = Trim(body, start, end);
            if (e > s)
            {
                yield return (s, e);
            }
            start = end + 2;
        }
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end].Trim();
    }

    public sealed record TaggedEvent(Event Event, string Evidence, string? Attribution);

    public sealed record Copy(long Id, string Title, string? Publisher, DateOnly? PublishedOn);
}
