using Microsoft.Extensions.Logging;
using NewsPortal.Articles;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Model;
using NewsPortal.Scraping;
using NewsPortal.Tagging;

namespace NewsPortal.Importing;

/// <summary>
/// Imports article files (seed-format text) from files or folders, then tags them. Each file is one
/// item of an import run: a bad file is refused with its name and reason, and the rest go on.
/// </summary>
public sealed class ArticleImporter(
    NewsPortalDbContext db,
    PageReader reader,
    ArticleTagger tagger,
    TimeProvider clock,
    ILogger<ArticleImporter> logger)
{
    public async Task<ImportReport> ImportAsync(IEnumerable<string> paths, string? requestedBy, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new IngestionRun { Kind = RunKind.Import, State = RunState.Running, RequestedBy = requestedBy, CreatedAtUtc = now, StartedAtUtc = now };
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        // Imported as listed: the listing never holds the whole tree.
        var files = paths.SelectMany(ArticleFiles.List).Where(f =>
        {
            if (f.Skipped is { } reason)
            {
                report.Refuse(f.Path, reason);
                logger.LogWarning("Import: {Path} refused: {Reason}", f.Path, reason);
            }
            return f.Skipped is null;
        }).Select(f => f.Path);

        foreach (var file in files)
        {
            var item = new IngestionItem { RunId = run.Id, Target = Path.GetFullPath(file), State = ItemState.Processing, Attempts = 1, CreatedAtUtc = now, UpdatedAtUtc = now };
            db.IngestionItems.Add(item);
            try
            {
                var result = await ImportFileAsync(file, cancellationToken);
                if (result.Article is { } article)
                {
                    if (result.Outcome != SaveOutcome.Unchanged)
                    {
                        await TagAsync(article.Id, file, cancellationToken);
                    }
                    report.Count(result.Outcome!.Value);
                    if (article.PublishedOn is null)
                    {
                        report.Undated.Add(article.Id);
                    }
                    item.State = ItemState.Succeeded;
                    item.ArticleId = article.Id;
                }
                else
                {
                    report.Refuse(file, result.Refusal!);
                    item.State = ItemState.Failed;
                    item.LastError = result.Refusal;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad file never stops the run; the reason is kept on the item.
                db.ChangeTracker.Clear();
                db.Attach(item);
                item.State = ItemState.Failed;
                item.LastError = FailureReason.Of(e);
                report.Refuse(file, item.LastError);
                logger.LogError(e, "Import: {File} failed", file);
            }
            item.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        run.State = RunState.Completed;
        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Update(run);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>A stored article whose tagging fails stays stored; re-tagging can be run later.</summary>
    private async Task TagAsync(long articleId, string file, CancellationToken cancellationToken)
    {
        try
        {
            await tagger.TagAsync(articleId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Import: {File} stored as article {Id}, but tagging failed; re-tag it from the admin area", Path.GetFileName(file), articleId);
        }
    }

    /// <summary>Reads, parses and stores one file; a refusal says why in words an operator understands.</summary>
    public async Task<FileImport> ImportFileAsync(string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        if (!File.Exists(file))
        {
            return FileImport.Refused("no such file");
        }
        const long limitMb = PageReader.MaxFileBytes / (1024 * 1024);
        if (new FileInfo(file).Length is var size and > PageReader.MaxFileBytes)
        {
            return FileImport.Refused($"the file is {size / (1024.0 * 1024):0.#} MB; files over {limitMb} MB are not read");
        }
        // Read with the cap too: a device, a pipe or a file still growing has no honest length.
        byte[] bytes;
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.Asynchronous))
        {
            (bytes, var tooLarge) = await BodyReader.ReadAsync(stream, PageReader.MaxFileBytes, cancellationToken);
            if (tooLarge)
            {
                return FileImport.Refused($"the file is larger than {limitMb} MB; reading stopped there (files over {limitMb} MB are not read)");
            }
        }
        var contentType = Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm" ? "text/html" : "text/plain; charset=utf-8";
        var read = reader.Read(bytes, contentType, new Uri(Path.GetFullPath(file)));
        if (read.Article is not { } parsed)
        {
            logger.LogWarning("Import: {File} refused: {Reason}", name, read.Refusal);
            return FileImport.Refused(read.Refusal!);
        }
        foreach (var warning in parsed.Warnings)
        {
            logger.LogWarning("Import: {File}: {Warning}", name, warning);
        }
        if (parsed.Title.Length == 0)
        {
            parsed = parsed with { Title = Path.GetFileNameWithoutExtension(file) };
        }

        var store = new ArticleStore(db, clock);
        var (article, outcome) = await store.SaveAsync(parsed, UrlForIdentity(parsed.Url), new RawPage(bytes, contentType), null, cancellationToken);
        logger.LogInformation("Import: {File} → article {Id} ({Outcome})", name, article.Id, outcome);
        return new FileImport(article, outcome, null);
    }

    private static string? UrlForIdentity(string? url) =>
        UrlCanonicalizer.TryCanonicalize(url, out var canonical) ? canonical.AbsoluteUri : null;
}

/// <summary>One file's import: the stored article and what happened to it, or why it was refused.</summary>
public sealed record FileImport(Article? Article, SaveOutcome? Outcome, string? Refusal)
{
    public static FileImport Refused(string reason) => new(null, null, reason);
}

/// <summary>What an import did, file by file.</summary>
public sealed class ImportReport
{
    public int Added { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public List<(string File, string Reason)> Refused { get; } = [];

    /// <summary>Articles stored without a publish date (the page states none).</summary>
    public List<long> Undated { get; } = [];

    internal void Count(SaveOutcome outcome)
    {
        switch (outcome)
        {
            case SaveOutcome.Added: Added++; break;
            case SaveOutcome.Updated: Updated++; break;
            default: Unchanged++; break;
        }
    }

    internal void Refuse(string file, string reason) => Refused.Add((file, reason));

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Refused.Count} refused"
        + string.Concat(Refused.Select(r => $"{Environment.NewLine}  refused {Path.GetFileName(r.File)}: {r.Reason}"));
}
