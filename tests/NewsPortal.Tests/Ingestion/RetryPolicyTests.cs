using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Cli;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Scraping;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Ingestion;

/// <summary>
/// The one retry policy, against a real local site: an item is retried by the queue and nowhere
/// else, a permanent error fails at once with its real cause, a server's Retry-After holds for its
/// host, shutdown costs no attempt, and tagging is retried as tagging and never counted as success.
/// </summary>
public sealed class RetryPolicyTests() : LocalSiteTests(maxAttempts: 4)
{
    private const int MaxAttempts = 4;

    [Fact]
    public async Task A_dead_page_is_requested_once_per_item_attempt_not_once_per_nested_retry()
    {
        var run = await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/broken"));

        var item = Assert.Single(run.Items);
        Assert.Equal(ItemState.Parked, item.State);
        Assert.Contains("HTTP 503", item.LastError, StringComparison.Ordinal);
        Assert.Equal(MaxAttempts, Site.HitCount("/broken"));
    }

    [Fact]
    public async Task A_retry_after_of_a_day_is_kept_for_every_page_of_the_host_and_nothing_is_fetched_again()
    {
        var busy = await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/too-busy"));
        var sameHost = await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/summit"));
        var otherHost = await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/drills", other: true));

        var first = Assert.Single(busy.Items);
        Assert.Equal(ItemState.Parked, first.State);
        Assert.Contains("Retry-After", first.LastError, StringComparison.Ordinal);
        Assert.Contains("not retried in this run", first.LastError, StringComparison.Ordinal);
        Assert.Equal(1, Site.HitCount("/too-busy"));
        var held = Assert.Single(sameHost.Items);
        Assert.Equal(ItemState.Parked, held.State);
        Assert.Contains("Retry-After", held.LastError, StringComparison.Ordinal);
        Assert.Equal(0, Site.HitCount("/news/summit"));
        Assert.Equal(ItemState.Succeeded, otherHost.Items.Single().State);
    }

    [Fact]
    public async Task Stopping_the_worker_mid_fetch_gives_the_item_back_without_spending_an_attempt()
    {
        long runId;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsPortal.Data.NewsPortalDbContext>();
            var source = new Source { Name = "بطيء", Kind = SourceKind.ArticleUrl, Location = Site.At("/slow").AbsoluteUri, CreatedAtUtc = DateTime.UtcNow };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            runId = (await scope.ServiceProvider.GetRequiredService<SourceScheduler>().StartAsync(source, "test", CancellationToken.None)).Id;
        }
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(Portal.Services);
        using var shutdown = new CancellationTokenSource();
        worker.ItemClaimed += _ => shutdown.CancelAfter(TimeSpan.FromMilliseconds(500));

        await worker.RunOnceAsync(shutdown.Token, runId);

        await using var check = Portal.CreateContext();
        var item = await check.IngestionItems.SingleAsync(i => i.RunId == runId);
        Assert.Equal(ItemState.Pending, item.State);
        Assert.Equal(0, item.Attempts);
        Assert.Null(item.LastError);
        Assert.Null(item.LeasedBy);
    }

    [Theory]
    [InlineData("/broken-sitemap.xml", "not a readable sitemap")]
    [InlineData("/self-sitemap.xml", "read already")]
    [InlineData("/bomb.xml.gz", "unpacks to more than")]
    public async Task A_malformed_self_referencing_or_bomb_sitemap_fails_at_once_with_its_reason(string path, string reason)
    {
        var run = await RunSourceAsync(SourceKind.Sitemap, Site.At(path));

        var item = Assert.Single(run.Items);
        Assert.Equal(ItemState.Failed, item.State);
        Assert.Equal(1, item.Attempts);
        Assert.Contains(reason, item.LastError, StringComparison.Ordinal);
        Assert.Equal(1, Site.HitCount(path));
    }

    [Fact]
    public async Task A_bomb_in_a_sitemap_index_is_read_once_and_the_other_sitemaps_pages_are_kept()
    {
        var run = await RunSourceAsync(SourceKind.Sitemap, Site.At("/bomb-index.xml"));

        Assert.Equal(ItemState.Succeeded, run.Items.Single(i => i.Kind == ItemKind.Discover).State);
        Assert.Equal(1, Site.HitCount("/bomb.xml.gz"));
        Assert.Contains(Portal.Logs.Warnings, w => w.Contains("unpacks to more than", StringComparison.Ordinal));
        await using var db = Portal.CreateContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Unpacking_stops_at_the_limit_without_holding_the_unpacked_bomb()
    {
        var bomb = NewsSite.Bomb.Value;
        const long limit = 1024 * 1024;
        var before = GC.GetAllocatedBytesForCurrentThread();

        var (bytes, tooLarge) = await BodyReader.GunzipAsync(bomb, limit, CancellationToken.None);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(tooLarge);
        Assert.Empty(bytes);
        // The bomb unpacks to 100 MB; reading within a 1 MB limit allocates a few times the limit at most.
        Assert.True(allocated < 8 * limit, $"allocated {allocated / 1024} KB to unpack to a {limit / 1024} KB limit");
    }

    [Fact]
    public async Task The_database_refusing_an_article_fails_the_item_at_once_naming_the_real_cause()
    {
        await using (var db = Portal.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION test_refuse_article() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION USING ERRCODE = '54000', MESSAGE = 'string is too long for tsvector (2000000 bytes, max 1048575 bytes)';
                END $$;
                CREATE TRIGGER test_refuse_article BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION test_refuse_article();
                """);
        }

        var run = await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/summit"));

        var item = Assert.Single(run.Items);
        Assert.Equal(ItemState.Failed, item.State);
        Assert.Equal(1, item.Attempts);
        Assert.Contains("too long for tsvector", item.LastError, StringComparison.Ordinal);
        Assert.Equal(1, Site.HitCount("/news/summit"));
    }

    [Fact]
    public async Task A_cli_import_whose_tagging_fails_is_retried_as_tagging_and_reported_as_a_failure_not_as_added()
    {
        await using (var db = Portal.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION test_refuse_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'mention refused by the test'; END $$;
                CREATE TRIGGER test_refuse_mentions BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION test_refuse_mentions();
                """);
        }
        var seed = Directory.GetFiles(RepoPaths.SampleSeeds).Order(StringComparer.Ordinal).First();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["import", seed], TextReader.Null, stdout, stderr, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = Portal.Database.ConnectionString,
            ["Ingestion:MaxAttempts"] = "2",
            ["Ingestion:RetryBase"] = "00:00:00.050",
        });

        Assert.Equal(1, code);
        Assert.Contains("0 added", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("tagging failed", stdout.ToString(), StringComparison.Ordinal);
        await using var check = Portal.CreateContext();
        var item = await check.IngestionItems.SingleAsync(i => i.Kind == ItemKind.File);
        Assert.Equal(ItemState.Parked, item.State);
        Assert.Equal(ItemStage.Tag, item.Stage);
        Assert.Equal(2, item.Attempts);
        Assert.NotNull(item.ArticleId);
    }
}
