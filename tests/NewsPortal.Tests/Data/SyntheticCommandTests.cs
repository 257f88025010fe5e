using Microsoft.EntityFrameworkCore;
using NewsPortal.Cli;
using NewsPortal.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

/// <summary>generate-synthetic: load-test data that is plainly synthetic and never lands beside real articles.</summary>
public sealed class SyntheticCommandTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private async Task<(int Code, string Errors)> GenerateAsync(int articles)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SyntheticCommand.RunAsync(["--articles", articles.ToString(System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr,
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString });
        return (code, stderr.ToString());
    }

    [Fact]
    public async Task Articles_are_marked_synthetic_and_built_from_the_gazetteer_and_templates()
    {
        var (code, errors) = await GenerateAsync(40);

        Assert.True(code == 0, errors);
        await using var db = database.CreateContext();
        var articles = await db.Articles.Include(a => a.Source).ToListAsync();
        Assert.Equal(40, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.Equal(SyntheticCommand.SourceName, a.Publisher);
            Assert.Equal(SyntheticCommand.SourceName, a.Source!.Name);
            Assert.StartsWith("https://synthetic.invalid/", a.Url, StringComparison.Ordinal);
            Assert.StartsWith("[اصطناعي]", a.Title, StringComparison.Ordinal);
            Assert.Contains("هذا نص اصطناعي", a.Body, StringComparison.Ordinal);
        });
        // Every mention spans the Arabic name of a gazetteer actor in the text.
        var mentions = await db.Mentions.Include(m => m.Actor).Take(50).ToListAsync();
        Assert.NotEmpty(mentions);
        var bodies = articles.ToDictionary(a => a.Id, a => a.Body);
        Assert.All(mentions, m => Assert.Equal(m.Actor!.NameAr, bodies[m.ArticleId][m.Start..m.End]));
        Assert.True(await db.Events.CountAsync() >= 30);
    }

    [Fact]
    public async Task A_database_with_real_articles_is_refused()
    {
        await using var services = TestServices.Build(database);
        await services.WithAsync<PortalStartup, bool>(async init => { await init.InitializeAsync(); return true; });
        await services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync([RepoPaths.SampleSeeds], "test"));

        var (code, errors) = await GenerateAsync(10);

        Assert.Equal(1, code);
        Assert.Contains("refusing", errors, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.False(await db.Sources.AnyAsync(s => s.Name == SyntheticCommand.SourceName));
    }
}
