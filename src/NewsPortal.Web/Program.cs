using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsPortal;
using NewsPortal.Data;
using NewsPortal.Web;
using NewsPortal.Web.Api;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).WriteTo.Console());

builder.Services.AddNewsPortal(builder.Configuration);
builder.Services.AddRazorPages();
builder.Services.AddOpenApi();
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
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.MapHealthChecks("/health");
app.MapPortalApi();
app.MapOpenApi();

app.Run();

/// <summary>Entry point type, visible to the web tests.</summary>
public partial class Program;
