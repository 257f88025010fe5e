using NewsPortal.Reading;

namespace NewsPortal.Web.Pages.Search;

/// <summary>Reads the search page's and the API's parameters the same way; what cannot be read goes to <see cref="ParameterProblems"/>.</summary>
public static class SearchParameters
{
    public const int MaxPage = 500;

    /// <summary>The parameters <see cref="Read"/> takes (for the page cache's keys).</summary>
    public const string QueryKeys = "q actor from to source sort p";

    public static SearchRequest Read(ParameterProblems problems, string? q, string? actor, string? from, string? to, string? source, string? sort, string? p)
    {
        if (sort is { Length: > 0 } and not ("date" or "relevance"))
        {
            problems.Add($"الترتيب «{ParameterProblems.Shorten(sort)}» غير معروف: date أو relevance.");
        }
        var (fromDate, toDate) = problems.Range(from, to);
        var sourceId = problems.Number("source", source, min: 1);
        var page = problems.Number("p", p, min: 1, max: MaxPage) ?? 1;
        return new SearchRequest(q, actor, fromDate, toDate, sourceId, sort, page);
    }
}
