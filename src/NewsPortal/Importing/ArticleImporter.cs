using Microsoft.Extensions.Logging;
using NewsPortal.Articles;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Importing;

/// <summary>
/// Reads, parses and stores one article file (seed-format text or a saved HTML page). Files are
/// imported as the file items of a run (<c>Ingestion/ImportRunner</c>), tagged by its tagging stage.
/// </summary>
public sealed class ArticleImporter(
    NewsPortalDbContext db,
    PageReader reader,
    TimeProvider clock,
    ILogger<ArticleImporter> logger)
{
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
