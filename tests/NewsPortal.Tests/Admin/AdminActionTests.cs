using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Actors;
using NewsPortal.Admin;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Admin;

/// <summary>What admin actions do to the database: decisions survive re-tagging, edits reach tagging, every action is audited.</summary>
public sealed class AdminActionTests : IAsyncLifetime, IDisposable
{
    private const string Admin = "admin@example.test";
    private readonly PortalFixture portal = new();

    public async Task InitializeAsync()
    {
        await portal.InitializeAsync();
        await portal.ImportSeedsAsync();
    }

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    private Task<T> With<TService, T>(Func<TService, Task<T>> action) where TService : notnull => portal.Services.WithAsync(action);

    private async Task RetagAsync(long? articleId = null)
    {
        await With<SourceScheduler, IngestionRun>(s => s.StartReprocessingAsync(RunKind.Retag, null, articleId, "test", CancellationToken.None));
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(portal.Services);
        while (await worker.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<(long EventId, long ArticleId, string Type)> SomeEventAsync()
    {
        await using var db = portal.CreateContext();
        // An event only this article reports: re-tagging the article rebuilds it whole.
        var mention = await db.EventMentions.Include(m => m.Event).OrderBy(m => m.Id)
            .FirstAsync(m => m.Event!.Review == ReviewState.Unreviewed && m.Event.Mentions.All(o => o.ArticleId == m.ArticleId));
        return (mention.EventId, mention.ArticleId, mention.Event!.Type);
    }

    private async Task<List<Event>> EventsOfAsync(long articleId)
    {
        await using var db = portal.CreateContext();
        return await db.Events.Include(e => e.Participants).ThenInclude(p => p.Actor)
            .Where(e => e.Mentions.Any(m => m.ArticleId == articleId)).ToListAsync();
    }

    [Fact]
    public async Task A_rejected_event_stays_rejected_after_its_article_is_retagged()
    {
        var (eventId, articleId, _) = await SomeEventAsync();
        var result = await With<EventReview, EditResult>(r => r.RejectAsync(eventId, Admin, CancellationToken.None));
        Assert.True(result.Succeeded);

        long lastMentionBefore;
        await using (var before = portal.CreateContext())
        {
            lastMentionBefore = await before.EventMentions.MaxAsync(m => m.Id);
        }

        await RetagAsync(articleId);

        await using var db = portal.CreateContext();
        Assert.True(await db.EventMentions.AnyAsync(m => m.ArticleId == articleId && m.Id > lastMentionBefore), "re-tagging rebuilt the article's mentions");
        // The event itself may live on when other outlets' articles report the same happening: it stays rejected.
        Assert.All(await db.Events.Where(e => e.Id == eventId).ToListAsync(), e => Assert.Equal(ReviewState.Rejected, e.Review));
        var fingerprints = await db.EventDecisions.Where(d => d.Action == DecisionAction.Reject).Select(d => d.Fingerprint).ToListAsync();
        var rebuilt = await db.EventMentions.Include(m => m.Event).Where(m => fingerprints.Contains(m.Fingerprint)).ToListAsync();
        Assert.NotEmpty(rebuilt);
        Assert.All(rebuilt, m => Assert.Equal(ReviewState.Rejected, m.Event!.Review));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "event.reject" && a.Target == $"event {eventId}" && a.User == Admin));
    }

    [Fact]
    public async Task A_correction_is_applied_at_once_and_again_after_a_retag()
    {
        var (eventId, articleId, type) = await SomeEventAsync();
        int shoigu;
        await using (var db = portal.CreateContext())
        {
            shoigu = await db.Actors.Where(a => a.Key == "np:person/sergei-shoigu" || a.NameEn == "Sergei Shoigu").Select(a => a.Id).FirstAsync();
        }
        var newType = type == "agreement" ? "sanctions" : "agreement";
        var correction = new EventCorrection(newType, new DateOnly(2021, 7, 1), new DateOnly(2021, 7, 31), DatePrecision.Month, [shoigu]);
        Assert.True((await With<EventReview, EditResult>(r => r.CorrectAsync(eventId, correction, Admin, CancellationToken.None))).Succeeded);

        void AssertCorrected(Event e)
        {
            Assert.Equal(newType, e.Type);
            Assert.Equal(new DateOnly(2021, 7, 1), e.DateStart);
            Assert.Equal(DatePrecision.Month, e.Precision);
            Assert.Equal([shoigu], e.Participants.Select(p => p.ActorId));
            Assert.Equal(ReviewState.Corrected, e.Review);
        }
        AssertCorrected(Assert.Single(await EventsOfAsync(articleId), e => e.Id == eventId));

        await RetagAsync(articleId);
        Assert.Contains(await EventsOfAsync(articleId), e => e.Review == ReviewState.Corrected);
        AssertCorrected((await EventsOfAsync(articleId)).First(e => e.Review == ReviewState.Corrected));
    }

    [Fact]
    public async Task An_alias_added_by_an_admin_tags_after_a_retag_and_a_suppressed_one_stops_tagging()
    {
        int putin;
        await using (var db = portal.CreateContext())
        {
            putin = await db.Actors.Where(a => a.WikidataId == "Q7747").Select(a => a.Id).SingleAsync();
        }
        // A word the seed articles use but that names nobody in the lexicon.
        Assert.True((await With<ActorEditor, EditResult>(e => e.AddAliasAsync(putin, "الكرملين", AliasKind.Metonym, Admin, CancellationToken.None))).Succeeded);
        await RetagAsync();
        await using (var db = portal.CreateContext())
        {
            var spans = await db.Mentions.Where(m => m.ActorId == putin).Select(m => m.Article!.Body.Substring(m.Start, m.End - m.Start)).ToListAsync();
            Assert.Contains(spans, s => s.Contains("الكرملين", StringComparison.Ordinal));
            Assert.True(await db.ActorAliases.AnyAsync(a => a.ActorId == putin && a.Text == "الكرملين" && a.AddedByAdmin));
        }

        int aliasId;
        await using (var db = portal.CreateContext())
        {
            aliasId = await db.ActorAliases.Where(a => a.ActorId == putin && a.Text == "الكرملين").Select(a => a.Id).SingleAsync();
        }
        Assert.True((await With<ActorEditor, EditResult>(e => e.SuppressAliasAsync(putin, aliasId, Admin, CancellationToken.None))).Succeeded);
        await RetagAsync();
        await using (var db = portal.CreateContext())
        {
            var spans = await db.Mentions.Where(m => m.ActorId == putin).Select(m => m.Article!.Body.Substring(m.Start, m.End - m.Start)).ToListAsync();
            Assert.DoesNotContain(spans, s => s.Contains("الكرملين", StringComparison.Ordinal));
            Assert.True(await db.ActorAliases.AnyAsync(a => a.Id == aliasId && a.Suppressed), "the row stays, suppressed");
        }
    }

    [Fact]
    public async Task Merging_a_duplicate_moves_its_mentions_and_aliases_and_keeps_it_out_of_tagging()
    {
        await using var db = portal.CreateContext();
        var putin = await db.Actors.SingleAsync(a => a.WikidataId == "Q7747");
        var duplicate = new Actor { Key = "np:person/putin-duplicate", Kind = "person", NameAr = "بوتين المكرر", NameEn = "Putin duplicate" };
        duplicate.Aliases.Add(new ActorAlias { Text = "فلاديمير فلاديميروفيتش", Key = NewsPortal.Analysis.Text.ArabicNormalizer.Normalize("فلاديمير فلاديميروفيتش") });
        db.Actors.Add(duplicate);
        await db.SaveChangesAsync();
        var article = await db.Articles.Select(a => a.Id).FirstAsync();
        db.Mentions.Add(new Mention { ArticleId = article, ActorId = duplicate.Id, Start = 0, End = 3 });
        await db.SaveChangesAsync();
        var before = await db.Mentions.CountAsync(m => m.ActorId == putin.Id);

        var result = await With<ActorEditor, EditResult>(e => e.MergeAsync(duplicate.Id, putin.Id, Admin, CancellationToken.None));

        Assert.True(result.Succeeded, result.Error);
        db.ChangeTracker.Clear();
        Assert.Equal(putin.Id, (await db.Actors.SingleAsync(a => a.Id == duplicate.Id)).MergedIntoActorId);
        Assert.Equal(before + 1, await db.Mentions.CountAsync(m => m.ActorId == putin.Id));
        Assert.Equal(0, await db.Mentions.CountAsync(m => m.ActorId == duplicate.Id));
        Assert.True(await db.ActorAliases.AnyAsync(a => a.ActorId == putin.Id && a.Text == "فلاديمير فلاديميروفيتش"));
        var gazetteer = await portal.Services.GetRequiredService<GazetteerProvider>().GetAsync();
        Assert.Null(gazetteer.Find(duplicate.Key));
        Assert.False((await With<ActorEditor, EditResult>(e => e.MergeAsync(duplicate.Id, putin.Id, Admin, CancellationToken.None))).Succeeded);
    }

    [Fact]
    public async Task Accepting_a_candidate_makes_it_tag_and_rejecting_one_keeps_it_out()
    {
        await using var db = portal.CreateContext();
        var candidate = new Actor { Key = "np:candidate/test", Kind = "person", NameAr = "سيرغي ماكاروفيتش", NameEn = "سيرغي ماكاروفيتش", Status = ActorStatus.Candidate };
        var other = new Actor { Key = "np:candidate/other", Kind = "person", NameAr = "شخص آخر", NameEn = "شخص آخر", Status = ActorStatus.Candidate };
        db.Actors.AddRange(candidate, other);
        await db.SaveChangesAsync();

        Assert.True((await With<ActorEditor, EditResult>(e => e.AcceptAsync(candidate.Id, "person", Admin, CancellationToken.None))).Succeeded);
        Assert.True((await With<ActorEditor, EditResult>(e => e.RejectAsync(other.Id, Admin, CancellationToken.None))).Succeeded);
        Assert.False((await With<ActorEditor, EditResult>(e => e.RejectAsync(candidate.Id, Admin, CancellationToken.None))).Succeeded);

        var gazetteer = await portal.Services.GetRequiredService<GazetteerProvider>().GetAsync();
        Assert.NotEmpty(gazetteer.Resolve("سيرغي ماكاروفيتش"));
        Assert.Null(gazetteer.Find(other.Key));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "actor.accept" || a.Action == "actor.reject"));
    }

    [Fact]
    public async Task Hostile_names_and_unknown_ids_are_refused_with_a_message_and_change_nothing()
    {
        var editor = (Func<ActorEditor, Task<EditResult>> f) => With(f);
        Assert.False((await editor(e => e.AddAliasAsync(1, new string('ب', 10_000), AliasKind.Name, Admin, CancellationToken.None))).Succeeded);
        Assert.False((await editor(e => e.AddAliasAsync(1, "<script>alert(1)</script>", AliasKind.Name, Admin, CancellationToken.None))).Succeeded);
        Assert.False((await editor(e => e.RenameAsync(int.MaxValue, "اسم", "name", Admin, CancellationToken.None))).Succeeded);
        Assert.False((await editor(e => e.MergeAsync(1, 1, Admin, CancellationToken.None))).Succeeded);
        Assert.False((await With<EventReview, EditResult>(r => r.RejectAsync(long.MaxValue, Admin, CancellationToken.None))).Succeeded);
        Assert.False((await With<EventReview, EditResult>(r => r.CorrectAsync(1, new EventCorrection("no-such-type", null, null, DatePrecision.Unknown, []), Admin, CancellationToken.None))).Succeeded);

        await using var db = portal.CreateContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.EventDecisions.CountAsync());
    }
}
