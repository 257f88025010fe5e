using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsPortal.Articles;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Importing;
using NewsPortal.Model;
using NewsPortal.Scraping;
using NewsPortal.Tagging;

namespace NewsPortal.Ingestion;

/// <summary>
/// The pipeline for one item: fetch (or read) → extract → store, then the tagging stage → link
/// (tagging links events across articles). Stages can be re-run alone: re-extract from the kept
/// page, re-tag from the stored text; whatever stores or re-tags an article goes through the one tagging stage.
/// </summary>
public sealed class ItemProcessor(
    NewsPortalDbContext db,
    ArticleImporter importer,
    Fetcher fetcher,
    SitemapReader sitemaps,
    PageReader reader,
    IngestionQueue queue,
    ArticleTagger tagger,
    TimeProvider clock,
    ILogger<ItemProcessor> logger)
{
    public async Task<ItemOutcome> ProcessAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Stage == ItemStage.Tag)
        {
            return await TagStageAsync(item, cancellationToken);
        }
        var outcome = await WorkAsync(item, cancellationToken);
        if (!outcome.TagNext)
        {
            return outcome;
        }
        if (!await queue.BeginTaggingAsync(item, outcome.ArticleId!.Value, cancellationToken))
        {
            // Another worker holds the item now; settling will say so.
            return ItemOutcome.Stored(outcome.ArticleId.Value);
        }
        return await TagStageAsync(item, cancellationToken);
    }

    /// <summary>Tags the item's stored article; a failure is retried as tagging, with the article kept.</summary>
    private async Task<ItemOutcome> TagStageAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (item.ArticleId is not { } id)
        {
            return ItemOutcome.Refuse("No stored article to tag.");
        }
        try
        {
            await tagger.TagAsync(id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Item {Item}: article {Id} is stored, but tagging failed", item.Id, id);
            return ItemOutcome.Retry($"stored as article {id}, but tagging failed: {e.Message}") with { ArticleId = id };
        }
        return ItemOutcome.Stored(id);
    }

    private async Task<ItemOutcome> WorkAsync(IngestionItem item, CancellationToken cancellationToken) =>
        item.Kind switch
        {
            ItemKind.Retag => await RetagAsync(item, cancellationToken),
            ItemKind.Relink => await RelinkAsync(item, cancellationToken),
            ItemKind.Reextract => await ReextractAsync(item, cancellationToken),
            ItemKind.Discover => await DiscoverAsync(item, cancellationToken),
            ItemKind.File => await ImportFileAsync(item, cancellationToken),
            ItemKind.Article => await FetchArticleAsync(item, cancellationToken),
            _ => ItemOutcome.Refuse($"Unknown item kind {item.Kind}."),
        };

    private async Task<ItemOutcome> ImportFileAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (item.FilePath is not { } path)
        {
            return ItemOutcome.Refuse("A file item without a file path.");
        }
        var imported = await importer.ImportFileAsync(path, cancellationToken);
        if (imported.Article is not { } article)
        {
            return ItemOutcome.Refuse(imported.Refusal!);
        }
        return imported.Outcome == SaveOutcome.Unchanged ? ItemOutcome.Skip("unchanged since the last import", article.Id) : ItemOutcome.ToTag(article.Id);
    }

    private async Task<ItemOutcome> FetchArticleAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (!UrlCanonicalizer.TryCanonicalize(item.Url, out _) || !Uri.TryCreate(item.Url, UriKind.Absolute, out var url))
        {
            return ItemOutcome.Refuse($"\"{item.Target}\" is not an http(s) address.");
        }
        var canonicalTarget = UrlCanonicalizer.Canonicalize(url).AbsoluteUri;
        var known = await db.Articles.AsNoTracking().Where(a => a.CanonicalUrl == canonicalTarget)
            .Select(a => new { a.Id, a.HttpETag, a.HttpLastModified }).FirstOrDefaultAsync(cancellationToken);
        var fetched = await fetcher.FetchAsync(url, known is null ? null : new FetchValidators(known.HttpETag, known.HttpLastModified), cancellationToken);
        if (fetched.Status == FetchStatus.NotModified && known is not null)
        {
            return ItemOutcome.Skip("unchanged since the last fetch (HTTP 304)", known.Id);
        }
        if (!fetched.IsSuccess)
        {
            return FetchFailure(fetched);
        }
        var finalUrl = fetched.FinalUrl ?? url;
        var read = reader.Read(fetched.Bytes, fetched.ContentType, finalUrl, clock.GetUtcNow());
        if (read.Article is not { } parsed)
        {
            return ItemOutcome.Refuse($"{finalUrl}: {read.Refusal}");
        }
        var sourceId = await db.IngestionRuns.Where(r => r.Id == item.RunId).Select(r => r.SourceId).FirstOrDefaultAsync(cancellationToken);
        var store = new ArticleStore(db, clock);
        var (article, outcome) = await store.SaveAsync(
            parsed, CanonicalUrl(parsed, finalUrl), new RawPage(fetched.Bytes, fetched.ContentType ?? "text/html"), sourceId, cancellationToken);
        logger.LogInformation("Fetched {Url} → article {Id} ({Outcome})", finalUrl, article.Id, outcome);
        if (article.HttpETag != fetched.ETag || article.HttpLastModified != fetched.LastModified)
        {
            article.HttpETag = fetched.ETag;
            article.HttpLastModified = fetched.LastModified;
            await db.SaveChangesAsync(cancellationToken);
        }
        if (outcome == SaveOutcome.Unchanged)
        {
            return ItemOutcome.Skip("unchanged since the last fetch", article.Id);
        }
        return ItemOutcome.ToTag(article.Id);
    }

    /// <summary>Reads a feed or sitemap and adds each article it lists to the same run.</summary>
    private async Task<ItemOutcome> DiscoverAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(item.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return ItemOutcome.Refuse($"\"{item.Target}\" is not an http(s) address.");
        }
        var kind = await db.IngestionRuns.Where(r => r.Id == item.RunId).Select(r => r.Source == null ? (SourceKind?)null : r.Source.Kind)
            .FirstOrDefaultAsync(cancellationToken);
        IReadOnlyList<DiscoveredItem> found;
        if (kind == SourceKind.Sitemap)
        {
            var sitemap = await sitemaps.ReadAsync(url, cancellationToken);
            if (sitemap.Items.Count == 0)
            {
                // Malformed, self-referencing or a compression bomb: another attempt reads the same.
                var reason = sitemap.Errors.Count > 0 ? string.Join("; ", sitemap.Errors) : $"{url}: the sitemap lists no pages";
                return sitemap.Transient ? ItemOutcome.Retry(reason) : ItemOutcome.Refuse(reason);
            }
            foreach (var error in sitemap.Errors)
            {
                logger.LogWarning("Sitemap {Url}: {Error}", url, error);
            }
            found = sitemap.Items;
        }
        else
        {
            var (feedItems, failure) = await ReadFeedAsync(url, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }
            found = feedItems;
        }
        var targets = found.Select(i => UrlCanonicalizer.Canonicalize(i.Url).AbsoluteUri).Distinct(StringComparer.Ordinal).ToList();
        var added = await queue.AddUrlsAsync(item.RunId, ItemKind.Article, targets, cancellationToken);
        logger.LogInformation("Discovered {Count} pages in {Url} ({Added} new to this run)", targets.Count, url, added);
        return ItemOutcome.Done();
    }

    /// <summary>A feed, or the feed an HTML page advertises (<see cref="FeedLocator"/>).</summary>
    private async Task<(IReadOnlyList<DiscoveredItem> Items, ItemOutcome? Failure)> ReadFeedAsync(Uri url, CancellationToken cancellationToken)
    {
        var lookup = await FeedLocator.ReadAsync(fetcher, url, cancellationToken);
        return lookup.FailedFetch is { } failed ? ([], FetchFailure(failed))
            : lookup.IsSuccess ? (lookup.Feed!.Items, null)
            : ([], ItemOutcome.Refuse(lookup.NotAFeed!));
    }

    /// <summary>Extraction again from the kept page, without fetching: after a rule or profile change. A changed article goes on to tagging.</summary>
    private async Task<ItemOutcome> ReextractAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (item.ArticleId is not { } id
            || await db.Articles.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { a.RawPage, a.RawContentType, a.Url, a.FetchedAtUtc })
                .FirstOrDefaultAsync(cancellationToken) is not { } stored)
        {
            return ItemOutcome.Refuse($"No stored article for \"{item.Target}\".");
        }
        if (stored.RawPage is null)
        {
            return ItemOutcome.Refuse($"Article {id} has no kept page to re-extract from; re-ingest it from its source.");
        }
        Uri.TryCreate(stored.Url, UriKind.Absolute, out var url);
        var read = reader.Read(ArticleStore.Decompress(stored.RawPage), stored.RawContentType, url, new DateTimeOffset(stored.FetchedAtUtc, TimeSpan.Zero));
        if (read.Article is not { } parsed)
        {
            return ItemOutcome.Refuse($"Article {id}: {read.Refusal}");
        }
        var (_, outcome) = await new ArticleStore(db, clock).ReplaceAsync(id, parsed, cancellationToken);
        return outcome == SaveOutcome.Unchanged ? ItemOutcome.Skip("extraction gives the same article", id) : ItemOutcome.ToTag(id);
    }

    /// <summary>Nothing to do before tagging but to find the article: the tagging stage does the rest.</summary>
    private async Task<ItemOutcome> RetagAsync(IngestionItem item, CancellationToken cancellationToken) =>
        item.ArticleId is { } id && await db.Articles.AnyAsync(a => a.Id == id, cancellationToken)
            ? ItemOutcome.ToTag(id)
            : ItemOutcome.Refuse($"No stored article for \"{item.Target}\".");

    private async Task<ItemOutcome> RelinkAsync(IngestionItem item, CancellationToken cancellationToken)
    {
        if (item.ArticleId is not { } id || !await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return ItemOutcome.Refuse($"No stored article for \"{item.Target}\".");
        }
        var joined = await EventLinker.RelinkArticleAsync(db, id, cancellationToken);
        return joined.Count > 0 ? ItemOutcome.Stored(id) : ItemOutcome.Skip("no other report of the same happenings", id);
    }

    /// <summary>
    /// The page's declared canonical address when it is on the same site (a page cannot claim another
    /// site's article), else the address it was fetched from; both in canonical form.
    /// </summary>
    private static string CanonicalUrl(ParsedArticle parsed, Uri fetchedFrom)
    {
        var declared = Uri.TryCreate(parsed.Url, UriKind.Absolute, out var u) ? u : null;
        var chosen = declared is not null && SameSite(declared, fetchedFrom) ? declared : fetchedFrom;
        return UrlCanonicalizer.Canonicalize(chosen).AbsoluteUri;
    }

    private static bool SameSite(Uri a, Uri b) =>
        UrlCanonicalizer.Canonicalize(a).Host == UrlCanonicalizer.Canonicalize(b).Host;

    /// <summary>Server trouble and timeouts are worth another attempt (after the server's Retry-After); a 404 or a robots refusal is not.</summary>
    private static ItemOutcome FetchFailure(FetchResult fetched)
    {
        var reason = fetched.Error ?? $"{fetched.RequestedUrl}: {fetched.Status}";
        return fetched.Status switch
        {
            FetchStatus.NotModified => ItemOutcome.Skip("unchanged since the last fetch"),
            FetchStatus.DisallowedByRobots => ItemOutcome.Skip(reason),
            _ when fetched.IsTransient => ItemOutcome.Retry(reason, fetched.RetryAt),
            _ => ItemOutcome.Refuse(reason),
        };
    }
}
