using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Cli;

/// <summary>The portal library wired and started the same way as in the web app, for commands that use the database.</summary>
internal static class CliHost
{
    /// <summary>
    /// Builds the host and runs <see cref="PortalStartup"/> (schema, lexicon and gazetteer, configured
    /// admin), so a command on a fresh database tags what it imports. The sample corpus is the web
    /// host's first-start data, not the command line's, unless the environment asks for it.
    /// </summary>
    /// <param name="settings">Overrides of the environment's settings (tests pass their database here).</param>
    public static async Task<IHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var host = Build(settings);
        await PortalStartup.RunAsync(host.Services);
        return host;
    }

    private static IHost Build(IDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["NewsPortal:ImportSamplesOnFirstStart"] = "false" });
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
