using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Ingestion;

/// <summary>
/// Tests over the local news site and a fresh portal database, with timings short enough for tests:
/// no politeness delay, no in-fetch retries, item retries after 50 ms up to <c>maxAttempts</c>.
/// </summary>
public abstract class LocalSiteTests(int maxAttempts) : IAsyncLifetime, IDisposable
{
    protected NewsSite Site { get; } = new();

    protected PortalFixture Portal { get; } = new SitePortal(maxAttempts);

    private sealed class SitePortal(int maxAttempts) : PortalFixture
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Scraping:MinDelayPerHost"] = "00:00:00",
            ["Scraping:MaxRetries"] = "0",
            ["Ingestion:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingestion:RetryBase"] = "00:00:00.050",
        };
    }

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        await Portal.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Site.DisposeAsync();
    }

    public void Dispose()
    {
        Portal.Dispose();
        GC.SuppressFinalize(this);
    }
}
