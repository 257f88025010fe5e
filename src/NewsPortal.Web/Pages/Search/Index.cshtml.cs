using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Timeline;

namespace NewsPortal.Web.Pages.Search;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
public class IndexModel(NewsPortalDbContext db, GazetteerProvider gazetteers, AggregateCache aggregates) : PageModel
{
    public const int PageSize = 20;
    public const int MaxPage = 500;

    public string Query { get; private set; } = "";
    public string Sort { get; private set; } = "relevance";
    public string? From { get; private set; }
    public string? To { get; private set; }
    public int? SourceId { get; private set; }
    public string? ActorParameter { get; private set; }
    public ParsedSearch Parsed { get; private set; } = new([], "");

    /// <summary>The actors the search looks for, each group one phrase of the query (any of its actors).</summary>
    public IReadOnlyList<(string Phrase, IReadOnlyList<ActorLink> Actors)> ActorGroups { get; private set; } = [];
    public IReadOnlyList<Result> Results { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Sources { get; private set; } = [];
    public int Total { get; private set; }
    public int CurrentPage { get; private set; } = 1;
    public bool Searched { get; private set; }

    /// <summary>Parameters that could not be read: shown above the results (400); the API answers 400.</summary>
    public ParameterProblems Problems { get; } = new();

    public async Task OnGetAsync(string? q, string? actor, string? from, string? to, string? source, string? sort, string? p = null, CancellationToken cancellationToken = default)
    {
        Query = ParsedSearch.Clean(q);
        if (sort is { Length: > 0 } and not ("date" or "relevance"))
        {
            Problems.Add($"الترتيب «{ParameterProblems.Shorten(sort)}» غير معروف: date أو relevance.");
        }
        Sort = sort == "date" ? "date" : "relevance";
        var (fromDate, toDate) = Problems.Range(from, to);
        From = fromDate?.ToString("yyyy-MM-dd");
        To = toDate?.ToString("yyyy-MM-dd");
        SourceId = Problems.Number("source", source, min: 1);
        CurrentPage = Problems.Number("p", p, min: 1, max: MaxPage) ?? 1;
        if (Problems.Any && HttpContext is { } http)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Sources = await aggregates.SourcesAsync(db, cancellationToken);

        var gazetteer = await gazetteers.GetAsync(cancellationToken);
        Parsed = ParsedSearch.Parse(gazetteer, Query);
        var phrases = Parsed.Actors.ToList();
        ActorParameter = ParsedSearch.Clean(actor);
        if (ActorParameter.Length > 0)
        {
            var named = await db.Actors.ResolveAsync(gazetteer, ActorParameter, cancellationToken);
            phrases.Add(new ActorPhrase(ActorParameter, [.. named.Select(a => a.Key)]));
        }
        Searched = phrases.Count > 0 || Parsed.NormalizedText.Length > 0;
        if (!Searched)
        {
            return;
        }

        var keys = phrases.SelectMany(x => x.ActorKeys).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => keys.Contains(a.Key))
            .Select(a => new { a.Id, a.Key, Link = new ActorLink(a.WikidataId ?? a.Key, a.NameAr, a.NameEn, a.Kind) })
            .ToListAsync(cancellationToken);
        ActorGroups = [.. phrases.Select(x => (x.Text, (IReadOnlyList<ActorLink>)[.. actors.Where(a => x.ActorKeys.Contains(a.Key)).Select(a => a.Link)]))];

        var articles = db.Articles.AsNoTracking().PublishedBetween(fromDate, toDate);
        if (SourceId is { } sid)
        {
            articles = articles.Where(a => a.SourceId == sid);
        }
        foreach (var phrase in phrases)
        {
            // An actor the database does not hold (yet) matches nothing: the id -1 names no actor.
            var ids = actors.Where(a => phrase.ActorKeys.Contains(a.Key)).Select(a => a.Id).DefaultIfEmpty(-1).ToList();
            articles = articles.MentioningAny(db, ids);
        }
        var text = Parsed.NormalizedText;
        if (text.Length > 0)
        {
            articles = articles.MatchingText(text);
        }

        var actorIds = actors.Select(a => a.Id).ToList();
        IQueryable<NewsPortal.Articles.Article> ordered = Sort == "date" || (text.Length == 0 && actorIds.Count == 0)
            ? articles.NewestFirst()
            : text.Length > 0
                ? articles.OrderByDescending(a => a.SearchVector!.Rank(EF.Functions.WebSearchToTsQuery("arabic", text))).ThenByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
                : articles.OrderByDescending(a => db.Mentions.Count(m => m.ArticleId == a.Id && actorIds.Contains(m.ActorId))).ThenByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);
        // Statements are auto-prepared, and PostgreSQL's generic plan for "actor AND words" guesses the
        // words' selectivity and reads every article that has them: plan each search for its own values.
        var rows = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
            // The count costs as much as the page itself; every page and sort of one search shares it.
            var countKey = string.Join("|", "search", Query, ActorParameter, From, To, SourceId);
            Total = await aggregates.GetAsync(db, countKey, () => articles.CountAsync(cancellationToken), cancellationToken);
            var page = await ordered.Page(CurrentPage, PageSize)
                .Select(a => new { a.Id, a.Title, a.Publisher, a.PublishedOn, a.Body })
                .ToListAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return page;
        });

        var rowIds = rows.Select(r => r.Id).ToList();
        var spans = await db.Mentions.AsNoTracking()
            .Where(m => rowIds.Contains(m.ArticleId) && actorIds.Contains(m.ActorId))
            .Select(m => new { m.ArticleId, m.Start, m.End })
            .ToListAsync(cancellationToken);
        var terms = Snippet.Terms(text);
        Results = [.. rows.Select(r => new Result(r.Id, r.Title, r.Publisher, r.PublishedOn,
            Snippet.Build(r.Body, terms, spans.Where(x => x.ArticleId == r.Id).Select(x => (x.Start, x.End)))))];
    }

    public string PageUrl(int page)
    {
        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name, value);
            }
        }
        Add("q", Query);
        Add("actor", ActorParameter);
        Add("from", From);
        Add("to", To);
        Add("source", SourceId?.ToString());
        Add("sort", Sort);
        Add("p", page.ToString());
        return "/search" + query;
    }

    /// <summary>One found article; <see cref="SnippetHtml"/> is escaped text with the project's own marks only.</summary>
    public sealed record Result(long Id, string Title, string? Publisher, DateOnly? PublishedOn, string SnippetHtml);
}
