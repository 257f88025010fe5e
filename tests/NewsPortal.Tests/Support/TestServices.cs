using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Tests.Support;

/// <summary>The portal library wired exactly as the app wires it, over a test database.</summary>
public static class TestServices
{
    public static ServiceProvider Build(
        TestDatabase database, LogCollector? logs = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = database.ConnectionString,
                ["NewsPortal:ImportSamplesOnFirstStart"] = "false",
                // Test sites run on 127.0.0.1, which the scraper refuses by default.
                ["Scraping:AllowLoopback"] = "true",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l =>
        {
            l.SetMinimumLevel(LogLevel.Information);
            if (logs is not null)
            {
                l.AddProvider(logs);
            }
        });
        services.AddNewsPortal(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Runs <paramref name="action"/> with a service from a fresh scope.</summary>
    public static async Task<TResult> WithAsync<TService, TResult>(this IServiceProvider services, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
