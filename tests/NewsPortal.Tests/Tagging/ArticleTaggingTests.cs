using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Actors;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Tagging;

public sealed class ArticleTaggingTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFixture portal = new();

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    private async Task RunToCompletionAsync(RunKind kind, int? sourceId = null, long? articleId = null)
    {
        await portal.Services.WithAsync<SourceScheduler, IngestionRun>(s => s.StartReprocessingAsync(kind, sourceId, articleId, "test", CancellationToken.None));
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        while (await worker.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<(int Mentions, int Dates, int Events, int Reports)> CountsAsync()
    {
        await using var db = portal.CreateContext();
        return (await db.Mentions.CountAsync(), await db.DateMentions.CountAsync(), await db.Events.CountAsync(), await db.EventMentions.CountAsync());
    }

    [Fact]
    public async Task Imported_articles_are_tagged_with_actors_dates_and_events_whose_spans_point_at_their_text()
    {
        await portal.ImportSeedsAsync();
        await using var db = portal.CreateContext();

        var putin = await db.Actors.SingleAsync(a => a.WikidataId == "Q7747");
        var mentions = await db.Mentions.Include(m => m.Article).Where(m => m.ActorId == putin.Id).ToListAsync();

        Assert.Equal(5, mentions.Select(m => m.ArticleId).Distinct().Count());
        var inBody = mentions.Where(m => m.End > m.Start).ToList();
        Assert.All(inBody, m => Assert.Contains("بوت", m.Article!.Body[m.Start..m.End], StringComparison.Ordinal));
        // A headline mention is the empty span at 0: one seed's headline names him.
        Assert.Contains(mentions, m => m.Start == Mention.Headline && m.End == Mention.Headline
            && m.Article!.Title.Contains("بوتين", StringComparison.Ordinal));
        var reports = await db.EventMentions.Include(m => m.Article).Include(m => m.Event).ToListAsync();
        Assert.NotEmpty(reports);
        Assert.All(reports, r =>
        {
            Assert.InRange(r.EvidenceEnd, r.EvidenceStart + 1, r.Article!.Body.Length);
            Assert.InRange(r.TriggerStart, r.EvidenceStart, r.EvidenceEnd);
        });
        Assert.Contains(reports, r => r.Event!.Type == "visit");
        Assert.True(await db.DateMentions.AnyAsync(d => d.ValueStart == new DateOnly(2023, 9, 12)), "«صباح أمس، الثلاثاء» in an article of 13 September 2023 is the 12th");
    }

    [Fact]
    public async Task Re_tagging_everything_twice_leaves_the_same_counts()
    {
        await portal.ImportSeedsAsync();
        var before = await CountsAsync();

        await RunToCompletionAsync(RunKind.Retag);
        var once = await CountsAsync();
        await RunToCompletionAsync(RunKind.Retag);
        var twice = await CountsAsync();

        Assert.Equal(before, once);
        Assert.Equal(once, twice);
        Assert.True(before.Mentions > 0 && before.Events > 0);
    }

    [Fact]
    public async Task Alias_edits_by_an_admin_reach_the_mentions_after_a_retag()
    {
        await portal.ImportSeedsAsync();
        static int ChosunMentions(NewsPortal.Data.NewsPortalDbContext db) =>
            db.Mentions.Count(m => m.Actor!.Key == "np:media/chosun-ilbo");
        await using (var db = portal.CreateContext())
        {
            Assert.True(ChosunMentions(db) > 0);
        }

        // The admin suppresses every spelling of the newspaper: a retag drops its mentions.
        await SetChosunAliasesSuppressedAsync(true);
        await RunToCompletionAsync(RunKind.Retag);
        await using (var db = portal.CreateContext())
        {
            Assert.Equal(0, ChosunMentions(db));
        }

        // A shorter spelling added by the admin brings them back.
        await using (var db = portal.CreateContext())
        {
            var chosun = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Key == "np:media/chosun-ilbo");
            chosun.Aliases.Add(new ActorAlias { Text = "تشوسون", Key = NewsPortal.Analysis.Text.ArabicNormalizer.Normalize("تشوسون"), Kind = AliasKind.Name, AddedByAdmin = true });
            await db.SaveChangesAsync();
        }
        portal.Services.GetRequiredService<GazetteerProvider>().Invalidate();
        await RunToCompletionAsync(RunKind.Retag);
        await using var check = portal.CreateContext();
        Assert.True(ChosunMentions(check) > 0);
    }

    private async Task SetChosunAliasesSuppressedAsync(bool suppressed)
    {
        await using var db = portal.CreateContext();
        var aliases = await db.Actors.Where(a => a.Key == "np:media/chosun-ilbo").SelectMany(a => a.Aliases).ToListAsync();
        Assert.NotEmpty(aliases);
        foreach (var alias in aliases)
        {
            alias.Suppressed = suppressed;
        }
        await db.SaveChangesAsync();
        portal.Services.GetRequiredService<GazetteerProvider>().Invalidate();
    }

    [Fact]
    public async Task A_rejected_event_stays_rejected_after_re_ingestion_and_re_tagging()
    {
        await portal.ImportSeedsAsync();
        string fingerprint;
        long eventId;
        await using (var db = portal.CreateContext())
        {
            var report = await db.EventMentions.Include(m => m.Event).FirstAsync(m => m.Event!.Type == "visit");
            fingerprint = report.Fingerprint;
            eventId = report.EventId;
            db.EventDecisions.Add(new EventDecision { Fingerprint = fingerprint, Action = DecisionAction.Reject, DecidedBy = "admin@example.org", DecidedAtUtc = DateTime.UtcNow });
            report.Event!.Review = ReviewState.Rejected;
            await db.SaveChangesAsync();
        }

        await RunToCompletionAsync(RunKind.Retag);
        await portal.ImportSeedsAsync();

        await using var check = portal.CreateContext();
        var again = await check.EventMentions.Include(m => m.Event).SingleAsync(m => m.Fingerprint == fingerprint);
        Assert.Equal(ReviewState.Rejected, again.Event!.Review);
    }
}
