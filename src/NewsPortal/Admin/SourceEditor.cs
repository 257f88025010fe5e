using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Model;

namespace NewsPortal.Admin;

/// <summary>What an admin (or the CLI) sets on a source.</summary>
public sealed record SourceFields(string Name, SourceKind Kind, string Location, int IntervalMinutes, bool Enabled);

/// <summary>
/// The outcome of a source action. <see cref="NotFound"/>: no source has the id. <see cref="Error"/>:
/// the URL was refused (taken, unreachable, not a feed or sitemap), in Arabic. <see cref="Run"/>: the run started.
/// </summary>
public sealed record SourceResult(Source? Source, bool NotFound = false, string? Error = null, IngestionRun? Run = null)
{
    public bool Succeeded => Source is not null && !NotFound && Error is null;
}

/// <summary>
/// Admin writes to sources — add, edit, enable or disable, start a run — each in one transaction with
/// its audit entry. The portal's pages and the CLI both come here, so the same checks hold for both.
/// </summary>
public sealed class SourceEditor(NewsPortalDbContext db, SourceCheck check, SourceScheduler scheduler, AuditLog audit, TimeProvider clock)
{
    /// <summary>The kinds an admin can add; file folders are imported from the command line.</summary>
    public static readonly SourceKind[] Kinds = [SourceKind.Feed, SourceKind.Sitemap, SourceKind.ArticleUrl];

    /// <summary>
    /// Adds a source (<paramref name="id"/> null) or edits one. A new or changed URL is fetched and read
    /// first — before the transaction, so a slow site holds no lock — and refused with the reason.
    /// </summary>
    public async Task<SourceResult> SaveAsync(int? id, SourceFields fields, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields = fields with { Name = fields.Name.Trim(), Location = fields.Location.Trim() };
        var existing = id is null ? null : await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && existing is null)
        {
            return new SourceResult(null, NotFound: true);
        }
        if (!Kinds.Contains(fields.Kind))
        {
            return new SourceResult(existing, Error: "اختر نوع المصدر: موجز أو خريطة موقع أو رابط مقالة.");
        }
        if (await db.Sources.AnyAsync(s => s.Kind == fields.Kind && s.Location == fields.Location && s.Id != (id ?? 0), cancellationToken))
        {
            return new SourceResult(existing, Error: "هذا الرابط مسجّل بالفعل مصدرًا من النوع نفسه.");
        }
        if (existing is null || existing.Kind != fields.Kind || existing.Location != fields.Location)
        {
            var checkedUrl = await check.CheckAsync(fields.Kind, fields.Location, cancellationToken);
            if (!checkedUrl.IsValid)
            {
                return new SourceResult(existing, Error: checkedUrl.Error);
            }
        }

        var saved = await AdminTransaction.RunAsync(db, async ct =>
        {
            var source = id is null
                ? db.Sources.Add(new Source { Name = fields.Name, Location = fields.Location, CreatedAtUtc = clock.GetUtcNow().UtcDateTime }).Entity
                : await db.Sources.SingleAsync(s => s.Id == id, ct);
            (source.Name, source.Kind, source.Location, source.IntervalMinutes, source.Enabled) =
                (fields.Name, fields.Kind, fields.Location, fields.IntervalMinutes, fields.Enabled);
            // The new source's id names it in the audit entry; the transaction keeps both or neither.
            await db.SaveChangesAsync(ct);
            audit.Record(user, id is null ? "source.add" : "source.edit", Target(source),
                $"{fields.Kind} {fields.Location}, every {fields.IntervalMinutes} min, {(fields.Enabled ? "enabled" : "disabled")}");
            return source;
        }, cancellationToken);
        return new SourceResult(saved);
    }

    /// <summary>Enables a disabled source or disables an enabled one.</summary>
    public Task<SourceResult> ToggleAsync(int id, string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            if (await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } source)
            {
                return new SourceResult(null, NotFound: true);
            }
            source.Enabled = !source.Enabled;
            audit.Record(user, source.Enabled ? "source.enable" : "source.disable", Target(source));
            return new SourceResult(source);
        }, cancellationToken);

    /// <summary>
    /// Starts a fetch run for the source now, unless one is already queued or running (then
    /// <see cref="SourceResult.Error"/> says so and nothing is written).
    /// </summary>
    public Task<SourceResult> StartRunAsync(int id, string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            if (await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } source)
            {
                return new SourceResult(null, NotFound: true);
            }
            if (await scheduler.StartUnlessRunningAsync(source, user, ct) is not { } run)
            {
                return new SourceResult(source, Error: $"للمصدر «{source.Name}» عملية جلب جارية بالفعل.");
            }
            audit.Record(user, "source.run", Target(source), $"run {run.Id}");
            return new SourceResult(source, Run: run);
        }, cancellationToken);

    private static string Target(Source source) => $"source {source.Id} ({source.Name})";
}
