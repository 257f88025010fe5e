using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Cli;

/// <summary>The portal library wired the same way as in the web app, for commands that use the database.</summary>
internal static class CliHost
{
    /// <param name="settings">Overrides of the environment's settings (tests pass their database here).</param>
    public static IHost Build(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            // EF logs the first-run "no migrations table yet" probe as an error; failures still surface as exceptions.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical);
        builder.Services.AddNewsPortal(builder.Configuration);
        return builder.Build();
    }
}
