using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
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
}
