using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Ingestion;

/// <summary>
/// Imports article files or folders as a run: one file item each, worked in this process by the
/// same worker as every other run (CLI <c>import</c>, the first-start sample import), one file at a
/// time in name order. A file whose tagging fails is retried as tagging and reported as failed, never as added.
/// </summary>
public sealed class ImportRunner(IServiceProvider services, SourceScheduler scheduler, NewsPortalDbContext db)
{
    public async Task<ImportReport> ImportAsync(IEnumerable<string> paths, string? requestedBy, CancellationToken cancellationToken = default)
    {
        var run = await scheduler.StartImportAsync(paths, requestedBy, cancellationToken);
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(services);
        await worker.WorkRunAsync(run.Id, null, cancellationToken, batch: 1);
        return await ReportAsync(run, cancellationToken);
    }

    private async Task<ImportReport> ReportAsync(IngestionRun run, CancellationToken cancellationToken)
    {
        var items = await db.IngestionItems.AsNoTracking().Where(i => i.RunId == run.Id).OrderBy(i => i.Id)
            .Select(i => new
            {
                i.FilePath, i.State, i.LastError, i.ArticleId,
                Added = db.Articles.Any(a => a.Id == i.ArticleId && a.CreatedAtUtc >= run.CreatedAtUtc),
                Undated = db.Articles.Any(a => a.Id == i.ArticleId && a.PublishedOn == null),
            })
            .ToListAsync(cancellationToken);
        var report = new ImportReport();
        foreach (var item in items)
        {
            switch (item.State)
            {
                case ItemState.Succeeded when item.Added:
                    report.Added++;
                    break;
                case ItemState.Succeeded:
                    report.Updated++;
                    break;
                case ItemState.Skipped:
                    report.Unchanged++;
                    break;
                default:
                    // Failed, parked, or still waiting for a retry when the import was stopped.
                    report.Refused.Add((item.FilePath ?? "", item.LastError ?? item.State.ToString().ToLowerInvariant()));
                    continue;
            }
            if (item.Undated && item.ArticleId is { } id)
            {
                report.Undated.Add(id);
            }
        }
        return report;
    }
}

/// <summary>What an import did, file by file.</summary>
public sealed class ImportReport
{
    public int Added { get; internal set; }
    public int Updated { get; internal set; }
    public int Unchanged { get; internal set; }

    /// <summary>Files not imported, or imported but not tagged, with the reason.</summary>
    public List<(string File, string Reason)> Refused { get; } = [];

    /// <summary>Articles stored without a publish date (the page states none).</summary>
    public List<long> Undated { get; } = [];

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Refused.Count} refused"
        + string.Concat(Refused.Select(r => $"{Environment.NewLine}  refused {Path.GetFileName(r.File)}: {r.Reason}"));
}
