using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using NewsPortal;
using NewsPortal.Web;
using NewsPortal.Web.Api;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).WriteTo.Console());

builder.Services.AddNewsPortal(builder.Configuration).AddIngestionWorker(builder.Configuration);
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/Admin", AdminAccess.Policy))
    .AddViewLocalization()
    .AddMvcOptions(mvc => AdminAccess.UseArabicBindingMessages(mvc.ModelBindingMessageProvider));
AdminAccess.Add(builder.Services);
PublicSite.Add(builder.Services, builder.Configuration);
builder.Services.AddOpenApi();
ReaderPageCache.Add(builder.Services, builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
// Arabic is served as text, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

// A long search (up to 10,000 Arabic characters, percent-encoded) must reach the page, not fail as 414.
builder.WebHost.ConfigureKestrel(k =>
{
    k.Limits.MaxRequestLineSize = 128 * 1024;
    k.Limits.MaxRequestHeadersTotalSize = 160 * 1024;
});

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<PortalStartup>().InitializeAsync();
}

PublicSite.Use(app);
InputGuard.Use(app);
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseSerilogRequestLogging();
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
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After localization and authentication: the reader cache varies by language and skips signed-in users.
app.UseOutputCache();
app.MapRazorPages();
app.MapHealthChecks("/health");
app.MapPortalApi();
app.MapOpenApi();

app.Run();

/// <summary>Entry point type, visible to the web tests.</summary>
public partial class Program;
