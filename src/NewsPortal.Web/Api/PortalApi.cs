using NewsPortal.Web.Pages.Search;
using NewsPortal.Web.Pages.Timeline;

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
        api.MapGet("/events", EventsEndpoint.GetAsync).WithMetadata(new ReaderQueryAttribute(TimelineRequest.QueryKeys + " after undated"))
            .WithSummary("Timeline events (not rejected): dated newest first, then undated")
            .WithDescription("Filters (all optional, combinable): actor (public id or any spelling; repeat for events involving every one), "
                + "type (event type, repeatable), status (happened|planned|alleged|denied), from and to (yyyy, yyyy-MM or yyyy-MM-dd), "
                + "source (source id), all (true: every event, not only those involving the focus), dated (stated|reported: how the date was found), "
                + "undated (true: only events with no date at all; false: only dated ones), event (one event by id), "
                + "rollup (false: a country alone, without its officials and institutions), mode (between, with two actors: only what passes between them). "
                + "Paging: after (the previous page's next). "
                + "Each event has its participants with their role (actor or target) and each source with its evidence sentence.");
        api.MapGet("/events/{id:long}/sources", EventsEndpoint.GetSourcesAsync).WithMetadata(new ReaderQueryAttribute("p"))
            .WithSummary("Every source of one event, 50 a page (p from 1), oldest report first; an event lists its first 10 and sourceCount");
        api.MapGet("/articles", ArticlesEndpoint.GetAsync).WithMetadata(new ReaderQueryAttribute(SearchParameters.QueryKeys))
            .WithSummary("Article search: q (actors in any spelling + full text), actor, from, to, source, sort=relevance|date, p");
        api.MapGet("/actors/suggest", SuggestEndpoint.GetAsync).WithMetadata(new ReaderQueryAttribute("q")).WithSummary("Autocomplete: actor spellings starting with q");
        api.MapGet("/actors/{**id}", ActorEndpoint.GetAsync).WithMetadata(new ReaderQueryAttribute("")).WithSummary("One actor by public id (Wikidata id when verified, else own key)");
        app.MapGet("/language", LanguageEndpoint.Set).ExcludeFromDescription();
        app.MapGet("/timeline/feed", TimelineExports.GetFeedAsync).WithMetadata(new ReaderQueryAttribute(TimelineRequest.QueryKeys)).WithTags("Reader portal").WithSummary("Atom feed of the timeline for the same filters as /api/events (dated events, newest first)")
            .CacheOutput(ReaderPageCache.PolicyName);
        app.MapGet("/timeline/export.csv", TimelineExports.GetCsvAsync).WithMetadata(new ReaderQueryAttribute(TimelineRequest.QueryKeys)).WithTags("Reader portal")
            .WithSummary("CSV of the timeline's events with their sources, for the same filters as /api/events: dated, then undated; acting and acted-on sides, evidence per source")
            .CacheOutput(ReaderPageCache.PolicyName);
        return app;
    }
}
