using Microsoft.AspNetCore.Localization;

namespace NewsPortal.Web.Api;

/// <summary>The interface language switch: remembers the choice in a cookie and goes back to the page.</summary>
public static class LanguageEndpoint
{
    private static readonly Uri Site = new("http://portal.invalid/");

    public static IResult Set(string? culture, string? returnUrl, HttpContext http)
    {
        var chosen = culture == "en" ? "en" : "ar";
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        // Only back to a page of this site, percent-encoded: a header carries ASCII only.
        var local = returnUrl is { Length: > 0 } r && r[0] == '/' && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal)
            && Uri.TryCreate(Site, r, out var page) && page.Authority == Site.Authority
            ? page.PathAndQuery
            : "/";
        return Results.LocalRedirect(local);
    }
}
