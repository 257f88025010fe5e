using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Actors;
using NewsPortal.Admin;
using NewsPortal.Analysis.Actors;
using NewsPortal.Data;
using NewsPortal.Ingestion;

namespace NewsPortal;

/// <summary>Brings the database to the current schema, syncs the actor lexicon, and on first start loads the sample corpus.</summary>
public sealed class PortalStartup(
    NewsPortalDbContext db,
    ImportRunner importer,
    ActorCatalog actors,
    AdminAccounts admins,
    IOptions<NewsPortalOptions> options,
    ILogger<PortalStartup> logger)
{
    /// <summary>The start-up every host runs (web, CLI, tests), in a scope of its own.</summary>
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalStartup>().InitializeAsync(cancellationToken);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        var added = await actors.SyncFromLexiconAsync(Gazetteer.ReadEmbedded(), cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Actor lexicon: {Count} new actors or spellings added to the database", added);
        }

        var settings = options.Value;
        await CreateConfiguredAdminAsync(settings);
        if (!settings.ImportSamplesOnFirstStart || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        var path = settings.SampleCorpusPath ?? Path.Combine(AppContext.BaseDirectory, "samples", "seeds");
        if (!Directory.Exists(path))
        {
            logger.LogWarning("Sample corpus folder {Path} not found; starting with an empty database", path);
            return;
        }
        var report = await importer.ImportAsync([path], "first start", cancellationToken);
        logger.LogInformation("Imported the sample corpus: {Report}", report);
    }

    private async Task CreateConfiguredAdminAsync(NewsPortalOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.AdminEmail) || string.IsNullOrEmpty(settings.AdminPassword) || await admins.AnyAdminAsync())
        {
            return;
        }
        var result = await admins.CreateOrPromoteAsync(settings.AdminEmail, settings.AdminPassword);
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Email} created from configuration", settings.AdminEmail);
        }
        else
        {
            logger.LogError("Administrator {Email} could not be created: {Errors}", settings.AdminEmail, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
