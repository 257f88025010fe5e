using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Importing;
using NewsPortal.Tagging;

namespace NewsPortal.Ingestion;

/// <summary>
/// The pipeline for one item: fetch (or read) → extract → store → tag → link. Stages can be re-run
/// alone: re-extract from the stored page, re-tag from the stored text.
/// </summary>
public sealed class ItemProcessor(
    NewsPortalDbContext db,
    ArticleImporter importer,
    ArticleTagger tagger)
{
    public async Task<ItemOutcome> ProcessAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        switch (item.Kind)
        {
            case ItemKind.Retag:
                return await RetagAsync(item, cancellationToken);
            case ItemKind.Article when IsLocalFile(item.Target):
                var imported = await importer.ImportFileAsync(item.Target, cancellationToken);
                if (imported.Article is not { } article)
                {
                    return ItemOutcome.Refuse(imported.Refusal!);
                }
                await tagger.TagAsync(article.Id, cancellationToken);
                return ItemOutcome.Stored(article.Id);
            default:
                return ItemOutcome.Refuse($"This worker cannot process {item.Kind} items for \"{item.Target}\".");
        }
    }

    private async Task<ItemOutcome> RetagAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (SourceScheduler.ArticleIdOf(item.Target) is not { } id || !await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return ItemOutcome.Refuse($"No stored article for \"{item.Target}\".");
        }
        await tagger.TagAsync(id, cancellationToken);
        return ItemOutcome.Stored(id);
    }

    private static bool IsLocalFile(string target) => Path.IsPathFullyQualified(target);
}
