using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Reading;
using NewsPortal.Web.Pages.Search;

namespace NewsPortal.Web.Api;

/// <summary>Search as JSON: the same library search as the search page, so both always agree.</summary>
public static class ArticlesEndpoint
{
    public sealed record ArticleDto(long Id, string Title, string? Publisher, DateOnly? PublishedOn, string SnippetHtml, string Url);

    public sealed record ArticlePage(IReadOnlyList<ArticleDto> Items, int Total, int Page, IReadOnlyList<string> RecognisedActors, string Text);

    public static async Task<Results<Ok<ArticlePage>, ProblemHttpResult>> GetAsync(
        string? q, string? actor, string? from, string? to, string? source, string? sort, string? p,
        ArticleSearch search, CancellationToken cancellationToken)
    {
        var problems = new ParameterProblems();
        var request = SearchParameters.Read(problems, q, actor, from, to, source, sort, p);
        if (problems.Any)
        {
            return problems.BadRequest();
        }
        var found = await search.SearchAsync(request, cancellationToken);
        return TypedResults.Ok(new ArticlePage(
            [.. Snippet.ForHits(found).Select(r => new ArticleDto(r.Id, r.Title, r.Publisher, r.PublishedOn, r.SnippetHtml, $"/articles/{r.Id}"))],
            found.Total,
            found.Page,
            [.. found.ActorGroups.SelectMany(g => g.Actors).Select(a => a.PublicId).Distinct()],
            found.Parsed.Text));
    }
}
