using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Importing;

namespace NewsPortal.Data;

/// <summary>Brings the database to the current schema and, on first start, loads the sample corpus.</summary>
public sealed class DatabaseInitializer(
    NewsPortalDbContext db,
    ArticleImporter importer,
    IOptions<NewsPortalOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);

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
