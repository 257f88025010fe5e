using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Ingestion;

namespace NewsPortal.Tests.Support;

/// <summary>A fresh database, initialized as on first start (actors synced), with the library's services.</summary>
public class PortalFixture : IAsyncLifetime, IDisposable
{
    public TestDatabase Database { get; } = new();
    public LogCollector Logs { get; } = new();
    public ServiceProvider Services { get; private set; } = null!;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Services = TestServices.Build(Database, Logs, Settings);
        await PortalStartup.RunAsync(Services);
    }

    public Task<ImportReport> ImportSeedsAsync() =>
        Services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync([RepoPaths.SampleSeeds], "test"));

    public NewsPortalDbContext CreateContext() => Database.CreateContext();

    public Task DisposeAsync() => Database.DisposeAsync();

    public void Dispose()
    {
        Services?.Dispose();
        GC.SuppressFinalize(this);
    }
}
