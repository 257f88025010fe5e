using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Cli;
using NewsPortal.Model;
using NewsPortal.Tests.Ingestion;

namespace NewsPortal.Tests.Cli;

/// <summary><c>ingest</c>, <c>retag</c> and <c>create-admin</c> over the real database and a local Site.</summary>
public sealed class OperatorCommandTests() : LocalSiteTests(maxAttempts: 1)
{

    private async Task<(int Code, string Output, string Errors)> Run(string command, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await IngestCommand.RunAsync(Portal.Services, command, args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Ingest_recognises_a_feed_works_it_to_the_end_and_lists_the_pages_that_failed()
    {
        var (code, output, _) = await Run("ingest", Site.At("/rss.xml").AbsoluteUri);

        Assert.Equal(1, code);
        Assert.Contains("Feed", output, StringComparison.Ordinal);
        Assert.Contains("completed", output, StringComparison.Ordinal);
        Assert.Contains(Site.At("/news/deleted").AbsoluteUri, output, StringComparison.Ordinal);
        await using var db = Portal.CreateContext();
        Assert.Equal(3, await db.Articles.CountAsync());
        Assert.Equal(SourceKind.Feed, (await db.Sources.SingleAsync()).Kind);
    }

    [Fact]
    public async Task Ingest_of_one_article_page_stores_it_and_succeeds()
    {
        var (code, output, _) = await Run("ingest", Site.At("/news/drills").AbsoluteUri);

        Assert.Equal(0, code);
        Assert.Contains("ArticleUrl", output, StringComparison.Ordinal);
        await using var db = Portal.CreateContext();
        Assert.Equal(Site.At("/news/drills").AbsoluteUri, await db.Articles.Select(a => a.CanonicalUrl).SingleAsync());
    }

    [Fact]
    public async Task Ingest_refuses_to_start_a_second_run_of_a_source_while_one_is_going_and_audits_the_first()
    {
        var url = Site.At("/news/drills").AbsoluteUri;
        var first = await Run("ingest", url, "--no-wait");
        var second = await Run("ingest", url, "--no-wait");

        Assert.Equal(0, first.Code);
        Assert.Equal(1, second.Code);
        Assert.Contains("already has a fetch run", second.Errors, StringComparison.Ordinal);
        await using var db = Portal.CreateContext();
        Assert.Single(await db.IngestionRuns.ToListAsync());
        var actions = await db.AuditEntries.Where(e => e.User == "cli").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["source.add", "source.run"], actions);
    }

    [Fact]
    public async Task Retag_after_ingest_keeps_the_same_tags()
    {
        await Run("ingest", Site.At("/rss.xml").AbsoluteUri);
        await using var before = Portal.CreateContext();
        var mentions = await before.Mentions.CountAsync();

        var (code, output, _) = await Run("retag");

        Assert.Equal(0, code);
        Assert.Contains("3 succeeded", output, StringComparison.Ordinal);
        await using var after = Portal.CreateContext();
        Assert.Equal(mentions, await after.Mentions.CountAsync());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "ftp://example.org/feed")]
    [InlineData("retag", "--article", "x")]
    [InlineData("retag", "http://example.org/")]
    public async Task Bad_arguments_are_refused_without_starting_a_run(string command, params string[] args)
    {
        var (code, _, errors) = await Run(command, args);

        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(errors));
        await using var db = Portal.CreateContext();
        Assert.Equal(0, await db.IngestionRuns.CountAsync());
    }

    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input_and_refuses_a_weak_one()
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        using var weakOut = new StringWriter();
        using var weakErr = new StringWriter();
        var weak = await CreateAdminCommand.RunAsync(scope.ServiceProvider, ["editor@newsportal.test"], new StringReader("short\n"), weakOut, weakErr);
        using var goodOut = new StringWriter();
        using var goodErr = new StringWriter();
        var good = await CreateAdminCommand.RunAsync(scope.ServiceProvider, ["editor@newsportal.test"], new StringReader("a-long-enough-Passw0rd!\n"), goodOut, goodErr);

        Assert.Equal(1, weak);
        Assert.False(string.IsNullOrWhiteSpace(weakErr.ToString()));
        Assert.Equal(0, good);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("editor@newsportal.test");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, AdminAccounts.Role));
    }
}
