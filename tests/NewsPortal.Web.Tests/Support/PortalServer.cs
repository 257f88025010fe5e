using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsPortal.Tests.Support;

namespace NewsPortal.Web.Tests.Support;

/// <summary>
/// The real web app on Kestrel at 127.0.0.1 over a fresh PostgreSQL database. On start it applies
/// the migrations and imports the sample corpus, as the portal does on first start.
/// </summary>
public class PortalServer : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private WebApplicationFactory<Program>? factory;

    public Uri BaseAddress { get; private set; } = null!;

    public TestDatabase Database => database;

    public virtual async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            // A free port of its own: the reader and admin servers run side by side in one test process.
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("ConnectionStrings:Default", database.ConnectionString);
            web.UseSetting("NewsPortal:SampleCorpusPath", RepoPaths.SampleSeeds);
            // Test sites run on 127.0.0.1, which the scraper refuses by default.
            web.UseSetting("Scraping:AllowLoopback", "true");
            web.UseSetting("Scraping:MinDelayPerHost", "00:00:00");
            // Page tests write rows and read the page at once; the cache's notice of the commit
            // arrives a moment later. The cache has its own tests (ReaderPageCacheTests).
            web.UseSetting("NewsPortal:PageCache:Enabled", "false");
            // Counts (month strips, totals) follow every commit, not one per interval.
            web.UseSetting("NewsPortal:ContentChangeInterval", "00:00:00");
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = factory.ClientOptions.BaseAddress;
    }

    /// <summary>Extra configuration for a server that needs it (the admin tests' fast worker).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>The running app's services (the same instances the pages use).</summary>
    public IServiceProvider AppServices => factory!.Services;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public virtual async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        await database.DisposeAsync();
    }
}
