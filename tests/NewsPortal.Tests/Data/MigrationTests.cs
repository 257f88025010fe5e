using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model()
    {
        var name = $"np_empty_{Guid.NewGuid():N}";
        var connectionString = await TestDatabase.CreateEmptyAsync(name);
        try
        {
            var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
            options.UseNewsPortalDatabase(connectionString);
            await using var db = new NewsPortalDbContext(options.Options);

            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: add a migration.");
            Assert.Equal(0, await db.Articles.CountAsync());
        }
        finally
        {
            await TestDatabase.DropAsync(name);
        }
    }

    /// <summary>Items written before the typed columns keep what they pointed at: a URL, a file or an article.</summary>
    [Fact]
    public async Task Ingestion_items_of_the_one_string_target_keep_their_url_file_or_article()
    {
        var name = $"np_items_{Guid.NewGuid():N}";
        var connectionString = await TestDatabase.CreateEmptyAsync(name);
        try
        {
            var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
            options.UseNewsPortalDatabase(connectionString);
            await using var db = new NewsPortalDbContext(options.Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("IngestionItemStage");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO ingestion_runs (id, kind, state, created_at_utc) VALUES (1, 3, 2, now());
                INSERT INTO ingestion_items (run_id, kind, target, stage, state, attempts, created_at_utc, updated_at_utc) VALUES
                  (1, 0, 'https://news.example/a', 0, 2, 1, now(), now()),
                  (1, 1, 'https://news.example/rss.xml', 0, 2, 1, now(), now()),
                  (1, 0, '/srv/import/story.txt', 0, 2, 1, now(), now()),
                  (1, 3, 'article:42', 0, 2, 1, now(), now());
                """);

            await db.Database.MigrateAsync();

            var items = await db.IngestionItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
            Assert.Equal<(ItemKind, string?, string?, long?)>(
                [(ItemKind.Article, "https://news.example/a", null, null), (ItemKind.Discover, "https://news.example/rss.xml", null, null),
                 (ItemKind.File, null, "/srv/import/story.txt", null), (ItemKind.Retag, null, null, 42)],
                items.Select(i => (i.Kind, i.Url, i.FilePath, i.ArticleId)));
        }
        finally
        {
            await TestDatabase.DropAsync(name);
        }
    }
}
