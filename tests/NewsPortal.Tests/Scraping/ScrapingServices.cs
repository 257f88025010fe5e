using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Extraction;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

/// <summary>The app's scraping and extraction registration with timings short enough for tests.</summary>
public static class ScrapingServices
{
    public static ServiceProvider Create(Action<ScrapingOptions>? adjust = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scraping:UserAgent"] = "NewsPortalBot/1.0 (+tests)" })
            .Build();
        var services = new ServiceCollection();
        services.AddScraping(configuration, o =>
        {
            o.MinDelayPerHost = TimeSpan.Zero;
            o.AllowLoopback = true;
            // Generous: the benchmark tests load both cores at the same time. Timeout tests set their own.
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            adjust?.Invoke(o);
        });
        services.AddExtraction();
        return services.BuildServiceProvider();
    }
}
