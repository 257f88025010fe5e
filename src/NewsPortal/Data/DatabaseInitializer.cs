using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Actors;
using NewsPortal.Analysis.Actors;
using NewsPortal.Importing;

namespace NewsPortal.Data;

/// <summary>Brings the database to the current schema, syncs the actor lexicon, and on first start loads the sample corpus.</summary>
public sealed class DatabaseInitializer(
    NewsPortalDbContext db,
    ArticleImporter importer,
    ActorCatalog actors,
    IOptions<NewsPortalOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        var added = await actors.SyncFromLexiconAsync(Gazetteer.ReadEmbedded(), cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Actor lexicon: {Count} new actors or spellings added to the database", added);
        }

        var settings = options.Value;
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
}
