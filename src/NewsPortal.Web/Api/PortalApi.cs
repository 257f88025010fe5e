namespace NewsPortal.Web.Api;

/// <summary>The reader portal's JSON API, feed and exports: one place that maps them.</summary>
public static class PortalApi
{
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reader portal").CacheOutput(ReaderPageCache.PolicyName);
        api.MapGet("/events", EventsEndpoint.GetAsync)
            .WithSummary("Timeline events (not rejected), newest first; filters: actor, type, from, to, source, status; paging: after");
        api.MapGet("/articles", ArticlesEndpoint.GetAsync)
            .WithSummary("Article search: q (actors in any spelling + full text), actor, from, to, source, sort=relevance|date, p");
        api.MapGet("/actors/suggest", SuggestEndpoint.GetAsync).WithSummary("Autocomplete: actor spellings starting with q");
        api.MapGet("/actors/{**id}", ActorEndpoint.GetAsync).WithSummary("One actor by public id (Wikidata id when verified, else own key)");
        app.MapGet("/language", LanguageEndpoint.Set).ExcludeFromDescription();
        app.MapGet("/timeline/feed", TimelineExports.GetFeedAsync).WithTags("Reader portal").WithSummary("Atom feed of the timeline for the same filters")
            .CacheOutput(ReaderPageCache.PolicyName);
        app.MapGet("/timeline/export.csv", TimelineExports.GetCsvAsync).WithTags("Reader portal").WithSummary("CSV of the timeline's events with their sources")
            .CacheOutput(ReaderPageCache.PolicyName);
        return app;
    }
}
