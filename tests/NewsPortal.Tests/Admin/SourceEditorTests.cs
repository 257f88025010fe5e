using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Model;
using NewsPortal.Tests.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Admin;

/// <summary>Admin writes to sources: each with its audit entry in one transaction, one fetch run at a time, one feed rule.</summary>
public sealed class SourceEditorTests() : LocalSiteTests(maxAttempts: 1)
{
    private const string Admin = "admin@example.test";

    private Task<SourceResult> With(Func<SourceEditor, Task<SourceResult>> action) => Portal.Services.WithAsync(action);

    private static SourceFields Article(string url) => new("مصدر تجريبي", SourceKind.ArticleUrl, url, 60, true);

    /// <summary>Any audit entry written from now on fails in the database, after the action's own change.</summary>
    private async Task BreakAuditAsync()
    {
        await using var db = Portal.CreateContext();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$;
            CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_audit();
            """);
    }

    private async Task<(int Sources, int Runs, int Audit)> CountsAsync()
    {
        await using var db = Portal.CreateContext();
        return (await db.Sources.CountAsync(), await db.IngestionRuns.CountAsync(), await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Adding_a_source_saves_it_with_its_audit_entry()
    {
        var result = await With(e => e.SaveAsync(null, Article(Site.At("/news/drills").AbsoluteUri), Admin, CancellationToken.None));

        Assert.True(result.Succeeded);
        await using var db = Portal.CreateContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("source.add", $"source {result.Source!.Id} (مصدر تجريبي)"), (entry.Action, entry.Target));
    }

    [Fact]
    public async Task When_the_audit_entry_fails_the_added_source_is_not_kept_either()
    {
        await BreakAuditAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => With(e => e.SaveAsync(null, Article(Site.At("/news/drills").AbsoluteUri), Admin, CancellationToken.None)));

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task When_the_audit_entry_fails_an_edit_a_toggle_and_a_run_leave_the_source_as_it_was()
    {
        var added = await With(e => e.SaveAsync(null, Article(Site.At("/news/drills").AbsoluteUri), Admin, CancellationToken.None));
        var id = added.Source!.Id;
        await BreakAuditAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => With(e => e.SaveAsync(id, Article(Site.At("/news/drills").AbsoluteUri) with { Name = "اسم جديد" }, Admin, CancellationToken.None)));
        await Assert.ThrowsAnyAsync<Exception>(() => With(e => e.ToggleAsync(id, Admin, CancellationToken.None)));
        await Assert.ThrowsAnyAsync<Exception>(() => With(e => e.StartRunAsync(id, Admin, CancellationToken.None)));

        await using var db = Portal.CreateContext();
        var source = await db.Sources.SingleAsync();
        Assert.Equal(("مصدر تجريبي", true, (DateTime?)null), (source.Name, source.Enabled, source.LastRunAtUtc));
        Assert.Equal((1, 0, 1), await CountsAsync());
    }

    [Fact]
    public async Task A_second_run_is_refused_while_the_first_is_queued()
    {
        var id = (await With(e => e.SaveAsync(null, Article(Site.At("/news/drills").AbsoluteUri), Admin, CancellationToken.None))).Source!.Id;

        var first = await With(e => e.StartRunAsync(id, Admin, CancellationToken.None));
        var second = await With(e => e.StartRunAsync(id, Admin, CancellationToken.None));

        Assert.NotNull(first.Run);
        Assert.Null(second.Run);
        Assert.Contains("جارية بالفعل", second.Error, StringComparison.Ordinal);
        Assert.Equal((1, 1, 2), await CountsAsync());
    }

    [Fact]
    public async Task A_front_page_that_names_its_feed_is_accepted_as_that_feed_as_the_worker_reads_it()
    {
        var fields = new SourceFields("الموقع", SourceKind.Feed, Site.At("/front").AbsoluteUri, 60, true);

        var result = await With(e => e.SaveAsync(null, fields, Admin, CancellationToken.None));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public async Task A_page_that_names_no_feed_is_refused_as_a_feed()
    {
        var fields = new SourceFields("صفحة", SourceKind.Feed, Site.At("/not-a-feed").AbsoluteUri, 60, true);

        var result = await With(e => e.SaveAsync(null, fields, Admin, CancellationToken.None));

        Assert.Contains("ليس موجز", result.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }
}
