using Microsoft.EntityFrameworkCore;
using NewsPortal.Cli;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Cli;

/// <summary><c>set-published</c> and <c>import --published</c> over the real database.</summary>
public sealed class PublishedCommandTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFixture portal = new();

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    private static async Task<(int Code, string Output, string Errors)> Run(Func<TextWriter, TextWriter, Task<int>> command)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await command(stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private Task<(int Code, string Output, string Errors)> Cli(params string[] args) =>
        Run((o, e) => CliApp.RunAsync(args, TextReader.Null, o, e,
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = portal.Database.ConnectionString }));

    private Task<(int Code, string Output, string Errors)> SetPublished(params string[] args) => Cli(["set-published", .. args]);

    private Task<(int Code, string Output, string Errors)> Import(params string[] args) => Cli(["import", .. args]);

    [Fact]
    public async Task Set_published_sets_the_day_and_says_so()
    {
        await portal.ImportSeedsAsync();
        await using var before = portal.CreateContext();
        var id = await before.Articles.Where(a => a.PublishedOn == null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();

        var (code, output, _) = await SetPublished(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "2024-06-19");

        Assert.Equal(0, code);
        Assert.Contains("2024-06-19", output, StringComparison.Ordinal);
        await using var db = portal.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == id);
        Assert.Equal(new DateOnly(2024, 6, 19), article.PublishedOn);
        Assert.Equal(PublishDateSource.Admin, article.PublishedFrom);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "article.correct" && e.User == "cli"));
    }

    [Theory]
    [InlineData("999999", "2024-06-19", "no article 999999")]
    [InlineData("abc", "2024-06-19", "not an article id")]
    [InlineData("1", "2024-02-30", "YYYY-MM-DD")]
    [InlineData("1", "19-06-2024", "YYYY-MM-DD")]
    [InlineData("1", "2099-06-19", "future")]
    public async Task Set_published_refuses_an_unknown_article_or_a_bad_date_with_exit_code_1(string id, string date, string message)
    {
        await portal.ImportSeedsAsync();

        var (code, _, errors) = await SetPublished(id, date);

        Assert.Equal(1, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        await using var db = portal.CreateContext();
        Assert.Equal(0, await db.ArticleDecisions.CountAsync());
    }

    [Fact]
    public async Task Import_with_published_dates_only_the_files_that_state_no_date()
    {
        var (code, output, _) = await Import(RepoPaths.SampleSeeds, "--published", "2024-06-19");

        Assert.Equal(0, code);
        Assert.Contains("5 added", output, StringComparison.Ordinal);
        await using var db = portal.CreateContext();
        var articles = await db.Articles.ToListAsync();
        Assert.DoesNotContain(articles, a => a.PublishedOn is null);
        var given = articles.Where(a => a.PublishedFrom == PublishDateSource.Admin).ToList();
        Assert.NotEmpty(given);
        Assert.All(given, a => Assert.Equal(new DateOnly(2024, 6, 19), a.PublishedOn));
        // A file that states its own date keeps it.
        Assert.Contains(articles, a => a.PublishedFrom != PublishDateSource.Admin && a.PublishedOn != new DateOnly(2024, 6, 19));
        Assert.Equal(given.Count, await db.ArticleDecisions.CountAsync());
    }

    [Fact]
    public async Task Import_with_a_malformed_published_date_imports_nothing()
    {
        var (code, _, errors) = await Import(RepoPaths.SampleSeeds, "--published", "June 2024");

        Assert.Equal(1, code);
        Assert.Contains("YYYY-MM-DD", errors, StringComparison.Ordinal);
        await using var db = portal.CreateContext();
        Assert.Equal(0, await db.Articles.CountAsync());
    }
}
