namespace NewsPortal.Web.Api;

/// <summary>The reader portal's JSON API, feed and exports: one place that maps them.</summary>
public static class PortalApi
{
    /// <summary>The API's description (OpenAPI) and the health check.</summary>
    public static void Add(IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        var api = app.MapGroup("/api").WithTags("Reader portal").CacheOutput(ReaderPageCache.PolicyName);
        api.MapGet("/events", EventsEndpoint.GetAsync)
            .WithSummary("Timeline events (not rejected): dated newest first, then undated")
            .WithDescription("Filters (all optional, combinable): actor (public id or any spelling; repeat for events involving every one), "
                + "type (event type, repeatable), status (happened|planned|alleged|denied), from and to (yyyy, yyyy-MM or yyyy-MM-dd), "
                + "source (source id), all (true: every event, not only those involving the focus), dated (stated|reported: how the date was found), "
                + "undated (true: only events with no date at all; false: only dated ones). Paging: after (the previous page's next). "
                + "Each event has its participants with their role (actor or target) and each source with its evidence sentence.");
        api.MapGet("/articles", ArticlesEndpoint.GetAsync)
            .WithSummary("Article search: q (actors in any spelling + full text), actor, from, to, source, sort=relevance|date, p");
        api.MapGet("/actors/suggest", SuggestEndpoint.GetAsync).WithSummary("Autocomplete: actor spellings starting with q");
        api.MapGet("/actors/{**id}", ActorEndpoint.GetAsync).WithSummary("One actor by public id (Wikidata id when verified, else own key)");
        app.MapGet("/language", LanguageEndpoint.Set).ExcludeFromDescription();
        app.MapGet("/timeline/feed", TimelineExports.GetFeedAsync).WithTags("Reader portal").WithSummary("Atom feed of the timeline for the same filters")
            .CacheOutput(ReaderPageCache.PolicyName);
        app.MapGet("/timeline/export.csv", TimelineExports.GetCsvAsync).WithTags("Reader portal")
            .WithSummary("CSV of the timeline's events with their sources, for the same filters as /api/events: dated, then undated; acting and acted-on sides, evidence per source")
            .CacheOutput(ReaderPageCache.PolicyName);
        return app;
    }
}
