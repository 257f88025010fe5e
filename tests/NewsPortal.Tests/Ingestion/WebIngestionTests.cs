using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Ingestion;
using NewsPortal.Model;

namespace NewsPortal.Tests.Ingestion;

/// <summary>Feeds, sitemaps and article pages from a real local site through the whole pipeline, on the real database.</summary>
public sealed class WebIngestionTests() : LocalSiteTests(maxAttempts: 2)
{
    [Fact]
    public async Task A_feed_run_stores_and_tags_each_listed_article_and_keeps_the_reason_for_each_page_that_failed()
    {
        var run = await RunSourceAsync(SourceKind.Feed, Site.At("/rss.xml"));

        await using var db = Portal.CreateContext();
        var articles = await db.Articles.OrderBy(a => a.PublishedOn).ToListAsync();
        Assert.Equal(3, articles.Count);
        var summit = articles[0];
        Assert.Equal("بوتين يستقبل كيم جونغ أون في قاعدة فوستوتشني الفضائية", summit.Title);
        Assert.Equal(new DateOnly(2023, 9, 13), summit.PublishedOn);
        Assert.Equal(PublishDateSource.PageMetadata, summit.PublishedFrom);
        // The tracking parameter of the feed link is not part of the article's identity.
        Assert.Equal(Site.At("/news/summit").AbsoluteUri, summit.CanonicalUrl);
        Assert.StartsWith("استقبل الرئيس الروسي", summit.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("الأكثر قراءة", summit.Body, StringComparison.Ordinal);
        Assert.NotNull(summit.RawPage);
        Assert.True(await db.Mentions.AnyAsync(m => m.ArticleId == summit.Id && m.Actor!.WikidataId == "Q7747"), "Putin is tagged");
        Assert.True(await db.EventMentions.AnyAsync(m => m.ArticleId == summit.Id));

        var items = run.Items.ToDictionary(i => i.Target);
        Assert.Equal(ItemState.Succeeded, items[Site.At("/rss.xml").AbsoluteUri].State);
        var broken = items[Site.At("/broken").AbsoluteUri];
        Assert.Equal(ItemState.Parked, broken.State);
        Assert.Equal(2, broken.Attempts);
        Assert.Contains("503", broken.LastError, StringComparison.Ordinal);
        var deleted = items[Site.At("/news/deleted").AbsoluteUri];
        Assert.Equal(ItemState.Failed, deleted.State);
        Assert.Contains("404", deleted.LastError, StringComparison.Ordinal);
        Assert.Equal(1, deleted.Attempts);
        var video = items[Site.At("/video").AbsoluteUri];
        Assert.Equal(ItemState.Failed, video.State);
        Assert.Contains("no article text", video.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_a_feed_again_leaves_the_same_counts_and_marks_unchanged_pages_as_skipped()
    {
        await RunSourceAsync(SourceKind.Feed, Site.At("/rss.xml"));
        int Count(NewsPortal.Data.NewsPortalDbContext db) => db.Articles.Count() + db.Mentions.Count() * 1000 + db.EventMentions.Count() * 1_000_000;
        int before;
        await using (var db = Portal.CreateContext())
        {
            before = Count(db);
        }

        var again = await RunSourceAsync(SourceKind.Feed, Site.At("/rss.xml"));

        await using var check = Portal.CreateContext();
        Assert.Equal(before, Count(check));
        Assert.Equal(3, again.Items.Count(i => i.State == ItemState.Skipped && i.LastError!.Contains("unchanged", StringComparison.Ordinal)));
        // The pages were asked for with their validators, and the site answered 304 Not Modified.
        Assert.Equal(["drills", "sanctions", "summit"], Site.NotModified.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_edited_story_is_updated_in_place_on_the_next_run()
    {
        await RunSourceAsync(SourceKind.Feed, Site.At("/rss.xml"));
        var (title, date, body) = Site.Articles["drills"];
        Site.Articles["drills"] = (title, date, body + "\nوأدانت اليابان عملية الإطلاق ووصفتها بأنها تهديد للسلام في المنطقة.");

        var again = await RunSourceAsync(SourceKind.Feed, Site.At("/rss.xml"));

        await using var db = Portal.CreateContext();
        Assert.Equal(3, await db.Articles.CountAsync());
        var drills = await db.Articles.SingleAsync(a => a.CanonicalUrl == Site.At("/news/drills").AbsoluteUri);
        Assert.Contains("وأدانت اليابان", drills.Body, StringComparison.Ordinal);
        Assert.Equal(ItemState.Succeeded, again.Items.Single(i => i.Target == Site.At("/news/drills").AbsoluteUri).State);
    }

    [Fact]
    public async Task A_page_whose_tagging_fails_is_tagged_on_the_next_attempt_without_being_fetched_again()
    {
        // The database refuses the first mention it is given, as it would on a lost connection or a full disk.
        await using (var db = Portal.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE SEQUENCE test_mention_inserts;
                CREATE FUNCTION test_refuse_first_mention() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF nextval('test_mention_inserts') = 1 THEN RAISE EXCEPTION 'mention refused by the test'; END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER test_refuse_first_mention BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION test_refuse_first_mention();
                """);
        }

        var run = await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/summit"));

        var item = Assert.Single(run.Items);
        Assert.Equal(ItemState.Succeeded, item.State);
        Assert.Equal(ItemStage.Tag, item.Stage);
        Assert.Equal(1, Site.HitCount("/news/summit"));
        await using var check = Portal.CreateContext();
        Assert.True(await check.Mentions.AnyAsync(m => m.ArticleId == item.ArticleId), "the stored article was never tagged");
    }

    [Fact]
    public async Task A_sitemap_source_discovers_its_pages()
    {
        await RunSourceAsync(SourceKind.Sitemap, Site.At("/sitemap.xml"));

        await using var db = Portal.CreateContext();
        var urls = await db.Articles.Select(a => a.CanonicalUrl).OrderBy(u => u).ToListAsync();
        Assert.Equal([Site.At("/news/drills").AbsoluteUri, Site.At("/news/summit").AbsoluteUri], urls);
    }

    [Fact]
    public async Task A_dead_feed_or_a_page_that_is_not_a_feed_fails_with_its_reason_and_the_run_ends()
    {
        var dead = await RunSourceAsync(SourceKind.Feed, new Uri("http://127.0.0.1:9/rss.xml"));
        var notFeed = await RunSourceAsync(SourceKind.Feed, Site.At("/not-a-feed"));

        Assert.Equal(ItemState.Parked, dead.Items.Single().State);
        Assert.False(string.IsNullOrWhiteSpace(dead.Items.Single().LastError));
        Assert.Equal(ItemState.Failed, notFeed.Items.Single().State);
        Assert.False(string.IsNullOrWhiteSpace(notFeed.Items.Single().LastError));
        await using var db = Portal.CreateContext();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Re_extraction_reads_the_kept_page_without_fetching_and_keeps_the_article_and_its_decisions()
    {
        await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/summit"));
        var hits = Site.HitCount("/news/summit");
        long id;
        await using (var db = Portal.CreateContext())
        {
            id = await db.Articles.Select(a => a.Id).SingleAsync();
            // Simulate an older extraction that kept page furniture in the body.
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Body, a => a.Body + "\n\nالأكثر قراءة").SetProperty(a => a.ContentHash, "older extraction"));
        }

        long runId;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            runId = (await scope.ServiceProvider.GetRequiredService<SourceScheduler>()
                .StartReprocessingAsync(RunKind.Reextract, null, id, "test", CancellationToken.None)).Id;
        }
        var run = await DrainAsync(runId);

        Assert.Equal(ItemState.Succeeded, run.Items.Single().State);
        Assert.Equal(hits, Site.HitCount("/news/summit"));
        await using var check = Portal.CreateContext();
        var article = await check.Articles.SingleAsync();
        Assert.Equal(id, article.Id);
        Assert.DoesNotContain("الأكثر قراءة", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wire_story_reprinted_by_another_outlet_is_stored_as_a_copy_of_the_first()
    {
        await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/sanctions"));
        await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/sanctions", other: true));
        await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/drills", other: true));

        await using var db = Portal.CreateContext();
        var first = await db.Articles.SingleAsync(a => a.CanonicalUrl == Site.At("/news/sanctions").AbsoluteUri);
        var copy = await db.Articles.SingleAsync(a => a.CanonicalUrl == Site.At("/news/sanctions", other: true).AbsoluteUri);
        var other = await db.Articles.SingleAsync(a => a.CanonicalUrl == Site.At("/news/drills", other: true).AbsoluteUri);
        Assert.Null(first.CopyOfArticleId);
        Assert.Equal(first.Id, copy.CopyOfArticleId);
        Assert.Null(other.CopyOfArticleId);
    }

    [Fact]
    public async Task A_re_link_run_folds_separate_reports_of_one_happening_into_one_event()
    {
        await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/sanctions"));
        await RunSourceAsync(SourceKind.ArticleUrl, Site.At("/news/sanctions", other: true));
        long copyId;
        int eventsBefore;
        await using (var db = Portal.CreateContext())
        {
            copyId = await db.Articles.Where(a => a.CanonicalUrl == Site.At("/news/sanctions", other: true).AbsoluteUri).Select(a => a.Id).SingleAsync();
            var shared = await db.Events.Include(e => e.Participants).Include(e => e.Mentions)
                .FirstAsync(e => e.Mentions.Select(m => m.ArticleId).Distinct().Count() == 2);
            eventsBefore = await db.Events.CountAsync();
            // As if the second report had been tagged before linking existed: its own event.
            var alone = new NewsPortal.Model.Event
            {
                Type = shared.Type, Cameo = shared.Cameo, DateStart = shared.DateStart, DateEnd = shared.DateEnd,
                Precision = shared.Precision, Status = shared.Status, Summary = shared.Summary, CreatedAtUtc = DateTime.UtcNow,
            };
            alone.Participants.AddRange(shared.Participants.Select(p => new NewsPortal.Model.EventParticipant { ActorId = p.ActorId, Role = p.Role }));
            db.Events.Add(alone);
            await db.SaveChangesAsync();
            await db.EventMentions.Where(m => m.EventId == shared.Id && m.ArticleId == copyId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.EventId, alone.Id));
            Assert.Equal(eventsBefore + 1, await db.Events.CountAsync());
        }

        long runId;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            runId = (await scope.ServiceProvider.GetRequiredService<SourceScheduler>()
                .StartReprocessingAsync(RunKind.Relink, null, copyId, "test", CancellationToken.None)).Id;
        }
        await DrainAsync(runId);

        await using var check = Portal.CreateContext();
        Assert.Equal(eventsBefore, await check.Events.CountAsync());
        Assert.True(await check.Events.AnyAsync(e => e.Mentions.Select(m => m.ArticleId).Distinct().Count() == 2));
    }
}
