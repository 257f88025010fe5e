using NewsPortal;
using NewsPortal.Web;
using NewsPortal.Web.Api;
using Serilog;

// One wiring call per concern; each says what it sets up.
var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).WriteTo.Console());
builder.Services.AddNewsPortal(builder.Configuration).AddIngestionWorker(builder.Configuration);
PortalPages.Add(builder);
AdminAccess.Add(builder.Services);
PublicSite.Add(builder.Services, builder.Configuration);
ReaderPageCache.Add(builder.Services, builder.Configuration);
PortalApi.Add(builder.Services);

var app = builder.Build();
await PortalStartup.RunAsync(app.Services);

PublicSite.Use(app);
InputGuard.Use(app);
app.UseSerilogRequestLogging();
PortalPages.UseBeforeRouting(app);
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After localization and authentication: the reader cache varies by language and skips signed-in users.
app.UseOutputCache();
app.MapRazorPages();
app.MapPortalApi();

app.Run();

/// <summary>Entry point type, visible to the web tests.</summary>
public partial class Program;
