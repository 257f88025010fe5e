using Microsoft.EntityFrameworkCore;
using NewsPortal.Cli;
using NewsPortal.Data;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Cli;

/// <summary><c>import</c> through the command line's own entry, on a database nothing has started before.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly string name = $"np_cli_{Guid.NewGuid():N}";
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await TestDatabase.CreateEmptyAsync(name);

    public Task DisposeAsync() => TestDatabase.DropAsync(name);

    [Fact]
    public async Task Import_on_an_empty_database_stores_the_seed_articles_tagged_with_actors_and_events()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["import", RepoPaths.SampleSeeds], TextReader.Null, stdout, stderr,
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString });

        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("5 added", stdout.ToString(), StringComparison.Ordinal);
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        options.UseNewsPortalDatabase(connectionString);
        await using var db = new NewsPortalDbContext(options.Options);
        var untagged = await db.Articles.Where(a => !db.Mentions.Any(m => m.ArticleId == a.Id)).Select(a => a.Title).ToListAsync();
        Assert.Empty(untagged);
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.True(await db.EventMentions.AnyAsync(), "the seeds report events, but none was found");
    }
}
