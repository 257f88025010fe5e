using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NewsPortal.Web;

/// <summary>
/// Serving on the open web: browser hardening headers on every response, and — configured under
/// "PublicSite" — the public address, HTTPS (redirection, HSTS, Secure cookies) and a TLS proxy in
/// front whose forwarded client address and scheme are trusted. Local runs and tests serve plain
/// http on loopback: without a https <see cref="PublicSiteOptions.BaseUrl"/> no redirection is made.
/// </summary>
public static class PublicSite
{
    /// <summary>Scripts and styles come from the site's own files only: no inline script, no inline style.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PublicSiteOptions.Section);
        services.AddOptions<PublicSiteOptions>().Bind(section);
        var options = section.Get<PublicSiteOptions>() ?? new PublicSiteOptions();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: the address it saw is the client; anything further left is the client's say.
            forwarded.ForwardLimit = 1;
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(hsts => hsts.MaxAge = options.HstsMaxAge);
        services.AddHttpsRedirection(https => https.HttpsPort = options.BaseUrl?.Port);
        services.Configure<CookiePolicyOptions>(cookies =>
            cookies.Secure = options.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        // frame-ancestors (and X-Frame-Options below) cover every response, not only forms.
        services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.SuppressXFrameOptionsHeader = true);
    }

    /// <summary>First in the pipeline, so the client's address and scheme are right for everything after.</summary>
    public static void Use(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value;
        if (options.BehindProxy)
        {
            app.UseForwardedHeaders();
        }
        app.Use((context, next) =>
        {
            // At start of the response: error pages and cached responses get them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (options.IsHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseCookiePolicy();
    }

    /// <summary>
    /// Scheme, host and port for absolute links (feed, CSV): the configured public address, never a
    /// Host header a client made up; the request's own only when no public address is configured.
    /// </summary>
    public static string Origin(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<PublicSiteOptions>>().Value.BaseUrl;
        return configured is not null
            ? configured.GetLeftPart(UriPartial.Authority)
            : $"{http.Request.Scheme}://{http.Request.Host}";
    }
}

public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>The address readers use (https://news.example.org). When https, http is redirected, HSTS is sent and cookies are Secure.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>A reverse proxy in front (loopback, or <see cref="KnownProxies"/>): trust its X-Forwarded-For and X-Forwarded-Proto.</summary>
    public bool BehindProxy { get; set; }

    /// <summary>Proxy addresses besides loopback whose forwarded headers are trusted.</summary>
    public IList<string> KnownProxies { get; } = [];

    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    public bool IsHttps => BaseUrl?.Scheme == Uri.UriSchemeHttps;
}
