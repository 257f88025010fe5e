namespace NewsPortal.Web.Api;

/// <summary>The reader portal's JSON API, feed and exports: one place that maps them.</summary>
public static class PortalApi
{
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/actors/suggest", SuggestEndpoint.GetAsync);
        return app;
    }
}
