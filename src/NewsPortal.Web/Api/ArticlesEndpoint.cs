using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Search;

namespace NewsPortal.Web.Api;

/// <summary>Search as JSON: the search page's own query, so both always agree.</summary>
public static class ArticlesEndpoint
{
    public sealed record ArticleDto(long Id, string Title, string? Publisher, DateOnly? PublishedOn, string SnippetHtml, string Url);

    public sealed record ArticlePage(IReadOnlyList<ArticleDto> Items, int Total, int Page, IReadOnlyList<string> RecognisedActors, string Text);

    public static async Task<Results<Ok<ArticlePage>, ProblemHttpResult>> GetAsync(
        string? q, string? actor, string? from, string? to, string? source, string? sort, string? p,
        NewsPortalDbContext db, GazetteerProvider gazetteers, Pages.Timeline.AggregateCache aggregates, CancellationToken cancellationToken)
    {
        var search = new IndexModel(db, gazetteers, aggregates);
        await search.OnGetAsync(q, actor, from, to, source, sort, p, cancellationToken);
        if (search.Problems.Any)
        {
            return search.Problems.BadRequest();
        }
        return TypedResults.Ok(new ArticlePage(
            [.. search.Results.Select(r => new ArticleDto(r.Id, r.Title, r.Publisher, r.PublishedOn, r.SnippetHtml, $"/articles/{r.Id}"))],
            search.Total,
            search.CurrentPage,
            [.. search.ActorGroups.SelectMany(g => g.Actors).Select(a => a.PublicId).Distinct()],
            search.Parsed.Text));
    }
}
