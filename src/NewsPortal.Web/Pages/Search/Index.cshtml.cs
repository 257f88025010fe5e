using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Data;
using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Search;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
public class IndexModel(NewsPortalDbContext db, ArticleSearch search, AggregateCache aggregates) : PageModel
{
    public const int PageSize = SearchRequest.PageSize;

    public string Query { get; private set; } = "";
    public string Sort { get; private set; } = "relevance";
    public string? From { get; private set; }
    public string? To { get; private set; }
    public int? SourceId { get; private set; }
    public string? ActorParameter { get; private set; }
    public ParsedSearch Parsed { get; private set; } = new([], "");

    /// <summary>The actors the search looks for, each group one phrase of the query (any of its actors).</summary>
    public IReadOnlyList<(string Phrase, IReadOnlyList<ActorLink> Actors)> ActorGroups { get; private set; } = [];
    public IReadOnlyList<SnippetResult> Results { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Sources { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>Set when relevance ordered only the newest matches (see <c>SearchOptions.RankedMatches</c>).</summary>
    public int? RankedAmong { get; private set; }

    /// <summary>How many results the current order can page through.</summary>
    public int Reachable => Math.Min(Total, RankedAmong ?? Total);
    public int CurrentPage { get; private set; } = 1;
    public bool Searched { get; private set; }

    /// <summary>Parameters that could not be read: shown above the results (400); the API answers 400.</summary>
    public ParameterProblems Problems { get; } = new();

    public async Task OnGetAsync(string? q, string? actor, string? from, string? to, string? source, string? sort, string? p = null, CancellationToken cancellationToken = default)
    {
        var request = SearchParameters.Read(Problems, q, actor, from, to, source, sort, p);
        if (Problems.Any && HttpContext is { } http)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        From = request.From?.ToString("yyyy-MM-dd");
        To = request.To?.ToString("yyyy-MM-dd");
        SourceId = request.SourceId;
        Sources = await aggregates.SourcesAsync(db, cancellationToken);

        var found = await search.SearchAsync(request, cancellationToken);
        Query = found.Query;
        Sort = found.Sort;
        ActorParameter = found.ActorParameter;
        CurrentPage = found.Page;
        Parsed = found.Parsed;
        ActorGroups = found.ActorGroups;
        Searched = found.Searched;
        Total = found.Total;
        RankedAmong = found.RankedAmong;
        Results = Snippet.ForHits(found);
    }

    public string PageUrl(int page, string? sort = null)
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
        Add("sort", sort ?? Sort);
        Add("p", page.ToString());
        return "/search" + query;
    }
}
