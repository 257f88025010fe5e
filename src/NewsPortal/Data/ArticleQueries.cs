using NewsPortal.Model;

namespace NewsPortal.Data;

/// <summary>Reusable article queries for pages and the API.</summary>
public static class ArticleQueries
{
    /// <summary>Newest first; undated articles last, by when they were fetched.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderBy(a => a.PublishedOn == null)
            .ThenByDescending(a => a.PublishedOn)
            .ThenByDescending(a => a.FetchedAtUtc)
            .ThenByDescending(a => a.Id);

    public static IQueryable<T> Page<T>(this IQueryable<T> query, int page, int pageSize) =>
        query.Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize);
}
