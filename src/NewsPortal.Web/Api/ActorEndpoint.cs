using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Reading;

namespace NewsPortal.Web.Api;

/// <summary>One actor as JSON: what the actor page shows, from the same library summary.</summary>
public static class ActorEndpoint
{
    public sealed record RoleDto(string Title, DateOnly? From, DateOnly? To);

    public sealed record CoMentionDto(EventsEndpoint.ActorDto Actor, int Articles);

    public sealed record ActorDetailsDto(
        string PublicId, string Key, string? WikidataId, string Kind, string NameAr, string NameEn,
        IReadOnlyList<string> Aliases, IReadOnlyList<RoleDto> Roles, int ArticleCount, IReadOnlyList<MonthCount> ArticlesPerMonth,
        int EventCount, IReadOnlyList<EventsEndpoint.EventDto> LatestEvents, IReadOnlyList<CoMentionDto> CoMentioned);

    public static async Task<Results<Ok<ActorDetailsDto>, NotFound, RedirectHttpResult>> GetAsync(string id, ActorSummary summaries, CancellationToken cancellationToken)
    {
        var found = await summaries.GetAsync(id, cancellationToken);
        if (found.MergedInto is { } mergedInto)
        {
            return TypedResults.Redirect("/api/actors/" + mergedInto, permanent: true);
        }
        if (found.Details is not { } page)
        {
            return TypedResults.NotFound();
        }
        var a = page.Actor;
        return TypedResults.Ok(new ActorDetailsDto(
            a.PublicId, a.Key, a.WikidataId, a.Kind, a.NameAr, a.NameEn,
            [.. a.Aliases.Select(x => x.Text).Distinct()],
            [.. a.Roles.OrderBy(r => r.From).Select(r => new RoleDto(r.Title, r.From, r.To))],
            page.ArticleCount, page.ArticlesPerMonth, page.EventCount,
            [.. page.Events.Select(EventsEndpoint.ToDto)],
            [.. page.CoMentioned.Select(c => new CoMentionDto(EventsEndpoint.ToDto(c.Actor), c.Articles))]));
    }
}
