using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace NewsPortal.Web;

/// <summary>
/// The Razor pages and what they need around them: the interface languages, Arabic served as text,
/// request limits long searches fit in, the portal's own error pages.
/// </summary>
public static class PortalPages
{
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/Admin", AdminAccess.Policy))
            .AddViewLocalization()
            .AddMvcOptions(mvc => AdminAccess.UseArabicBindingMessages(mvc.ModelBindingMessageProvider));
        // Arabic is served as text, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // A long search (up to 10,000 Arabic characters, percent-encoded) must reach the page, not fail as 414.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = 128 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 160 * 1024;
        });
    }

    /// <summary>Error pages, static files and the interface language; before routing.</summary>
    public static void UseBeforeRouting(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }
        // An error status with no body (a page's 404, a missing file) shows the portal's own page; the API keeps its bare statuses.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        // Arabic first; English by the language switch's cookie. Only the interface language changes:
        // formatting stays invariant so dates in URLs and attributes never turn Hijri or localized.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo("ar")),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [new CultureInfo("ar"), new CultureInfo("en")],
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        });
    }
}
