using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Reading;

/// <summary>What a reader asked for: the typed query, an actor chosen elsewhere, dates, source, order and page.</summary>
public sealed record SearchRequest(string? Query, string? Actor, DateOnly? From, DateOnly? To, int? SourceId, string? Sort, int Page = 1)
{
    public const int PageSize = 20;
}

/// <summary>One found article with the spans of the searched actors in its body.</summary>
public sealed record SearchHit(long Id, string Title, string? Publisher, DateOnly? PublishedOn, string Body, IReadOnlyList<(int Start, int End)> ActorSpans);

/// <summary>
/// The answer to a <see cref="SearchRequest"/>, with the request as understood: the cleaned query,
/// the actors each phrase names, and the words searched as text.
/// </summary>
public sealed record SearchResult(
    string Query, string Sort, string? ActorParameter, int Page, ParsedSearch Parsed,
    IReadOnlyList<(string Phrase, IReadOnlyList<ActorLink> Actors)> ActorGroups,
    bool Searched, int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Set when relevance ordered only the newest of the matches: how many it ranked.</summary>
    public int? RankedAmong { get; init; }
}

/// <summary>Article search for the search page and the API: actors by any spelling, words by PostgreSQL's Arabic stemmer.</summary>
public sealed class ArticleSearch(NewsPortalDbContext db, GazetteerProvider gazetteers, AggregateCache aggregates, IOptions<SearchOptions> options)
{
    /// <summary>What a search's count reads: articles, the actors' mentions, and which actors a name means.</summary>
    public static readonly IReadOnlyList<string> CountTables = ["articles", "mentions", .. AggregateCache.ActorTables];

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = ParsedSearch.Clean(request.Query);
        var sort = request.Sort == "date" ? "date" : "relevance";
        var currentPage = Math.Clamp(request.Page, 1, 500);

        var gazetteer = await gazetteers.GetAsync(cancellationToken);
        var parsed = ParsedSearch.Parse(gazetteer, query);
        var phrases = parsed.Actors.ToList();
        var actorParameter = ParsedSearch.Clean(request.Actor);
        if (actorParameter.Length > 0)
        {
            var named = await db.Actors.ResolveAsync(gazetteer, actorParameter, cancellationToken);
            phrases.Add(new ActorPhrase(actorParameter, [.. named.Select(a => a.Key)]));
        }
        var searched = phrases.Count > 0 || parsed.NormalizedText.Length > 0;
        if (!searched)
        {
            return new SearchResult(query, sort, actorParameter, currentPage, parsed, [], false, 0, []);
        }

        var keys = phrases.SelectMany(x => x.ActorKeys).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => keys.Contains(a.Key))
            .Select(a => new { a.Id, a.Key, Link = ActorLink.Of(a.WikidataId, a.Key, a.NameAr, a.NameEn, a.Kind) })
            .ToListAsync(cancellationToken);
        IReadOnlyList<(string, IReadOnlyList<ActorLink>)> groups =
            [.. phrases.Select(x => (x.Text, (IReadOnlyList<ActorLink>)[.. actors.Where(a => x.ActorKeys.Contains(a.Key)).Select(a => a.Link)]))];

        var articles = db.Articles.AsNoTracking().PublishedBetween(request.From, request.To);
        if (request.SourceId is { } sid)
        {
            articles = articles.Where(a => a.SourceId == sid);
        }
        foreach (var phrase in phrases)
        {
            // An actor the database does not hold (yet) matches nothing: the id -1 names no actor.
            var ids = actors.Where(a => phrase.ActorKeys.Contains(a.Key)).Select(a => a.Id).DefaultIfEmpty(-1).ToList();
            articles = articles.MentioningAny(db, ids);
        }
        var text = parsed.NormalizedText;
        if (text.Length > 0)
        {
            articles = articles.MatchingText(text);
        }

        var actorIds = actors.Select(a => a.Id).ToList();
        var byDate = sort == "date" || (text.Length == 0 && actorIds.Count == 0);
        var ranked = articles.NewestFirst().Take(Math.Max(options.Value.RankedMatches, 1));
        IQueryable<Article> ordered = byDate
            ? articles.NewestFirst()
            : text.Length > 0
                ? ranked.OrderByDescending(a => a.SearchVector!.Rank(EF.Functions.WebSearchToTsQuery("arabic", text))).ThenByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
                : ranked.OrderByDescending(a => db.Mentions.Count(m => m.ArticleId == a.Id && actorIds.Contains(m.ActorId))).ThenByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);
        var total = 0;
        // Statements are auto-prepared, and PostgreSQL's generic plan for "actor AND words" guesses the
        // words' selectivity and reads every article that has them: plan each search for its own values.
        var rows = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
            // The count costs as much as the page itself; every page and sort of one search shares it,
            // until a table it reads changes (commits to events leave it be).
            var countKey = string.Join("|", "search", query, actorParameter, request.From?.ToString("yyyy-MM-dd"), request.To?.ToString("yyyy-MM-dd"), request.SourceId);
            total = await aggregates.GetAsync(db, countKey, CountTables, () => articles.CountAsync(cancellationToken), cancellationToken);
            var page = await ordered.Page(currentPage, SearchRequest.PageSize)
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
        IReadOnlyList<SearchHit> hits = [.. rows.Select(r => new SearchHit(r.Id, r.Title, r.Publisher, r.PublishedOn, r.Body,
            [.. spans.Where(x => x.ArticleId == r.Id).Select(x => (x.Start, x.End))]))];
        return new SearchResult(query, sort, actorParameter, currentPage, parsed, groups, true, total, hits)
        {
            RankedAmong = !byDate && total > options.Value.RankedMatches ? options.Value.RankedMatches : null,
        };
    }
}
