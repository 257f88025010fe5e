using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Model;

namespace NewsPortal.Articles;

public enum SaveOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>
/// Saves extracted articles idempotently: the same canonical URL (or, without a URL, the same
/// normalized body) is the same article, updated in place and never duplicated.
/// </summary>
public sealed class ArticleStore(NewsPortalDbContext db, TimeProvider clock)
{
    public async Task<(Article Article, SaveOutcome Outcome)> SaveAsync(
        ParsedArticle parsed, string? canonicalUrl, RawPage? raw, int? sourceId, CancellationToken cancellationToken)
    {
        var existing = canonicalUrl is not null
            ? await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == canonicalUrl, cancellationToken)
            : await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == null && a.ContentHash == ContentHash(parsed.Body), cancellationToken);
        return await SaveIntoAsync(existing, parsed, canonicalUrl, raw, sourceId, cancellationToken);
    }

    /// <summary>A new extraction of a stored article (from its kept page): same row, same identity.</summary>
    public async Task<(Article Article, SaveOutcome Outcome)> ReplaceAsync(long articleId, ParsedArticle parsed, CancellationToken cancellationToken)
    {
        var existing = await db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken);
        return await SaveIntoAsync(existing, parsed, existing.CanonicalUrl, null, existing.SourceId, cancellationToken);
    }

    private async Task<(Article Article, SaveOutcome Outcome)> SaveIntoAsync(
        Article? existing, ParsedArticle parsed, string? canonicalUrl, RawPage? raw, int? sourceId, CancellationToken cancellationToken)
    {
        var hash = ContentHash(parsed.Body);

        var now = clock.GetUtcNow().UtcDateTime;
        var article = existing ?? new Article
        {
            Title = parsed.Title,
            Body = parsed.Body,
            Language = parsed.Language,
            ContentHash = hash,
            CreatedAtUtc = now,
        };
        var changed = existing is null
            || existing.ContentHash != hash
            || existing.Title != parsed.Title
            || existing.PublishedOn != parsed.Published
            || existing.Publisher != parsed.Publisher
            || existing.Author != parsed.Author;

        article.Title = parsed.Title;
        article.Body = parsed.Body;
        article.ContentHash = hash;
        article.BodySimHash = unchecked((long)SimHash.Compute(parsed.Body));
        article.Language = parsed.Language;
        article.Url = parsed.Url ?? article.Url;
        article.CanonicalUrl = canonicalUrl;
        article.Publisher = parsed.Publisher;
        article.Author = parsed.Author;
        article.SourceId = sourceId ?? article.SourceId;
        article.SearchText = ArabicNormalizer.Normalize(parsed.Title + "\n" + parsed.Body);
        article.FetchedAtUtc = (parsed.FetchedAt ?? clock.GetUtcNow()).UtcDateTime;
        // An admin's date correction outlives re-ingestion.
        if (article.PublishedFrom != PublishDateSource.Admin)
        {
            article.PublishedOn = parsed.Published;
            article.PublishedAtUtc = parsed.PublishedAt?.UtcDateTime;
            article.PublishedUtcOffsetMinutes = parsed.PublishedAt is { } at ? (int)at.Offset.TotalMinutes : null;
            article.PublishedFrom = parsed.PublishedFrom;
        }
        if (raw is not null)
        {
            article.RawPage = Compress(raw.Bytes);
            article.RawContentType = raw.ContentType;
        }
        if (changed)
        {
            article.UpdatedAtUtc = now;
        }
        if (existing is null)
        {
            db.Articles.Add(article);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            await MarkCopyAsync(article, cancellationToken);
        }
        return (article, existing is null ? SaveOutcome.Added : changed ? SaveOutcome.Updated : SaveOutcome.Unchanged);
    }

    /// <summary>
    /// A wire story reprinted by another outlet (or the same story under a second address) points to the
    /// first stored one, so the portal can show the copies together rather than as separate reports.
    /// Only articles within a few days of each other are compared.
    /// </summary>
    private async Task MarkCopyAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.BodySimHash is not { } simHash || article.Body.Length < MinimumCopyLength)
        {
            return;
        }
        var day = article.PublishedOn ?? DateOnly.FromDateTime(article.FetchedAtUtc);
        var original = await db.Database.SqlQuery<long>($"""
            SELECT coalesce(a.copy_of_article_id, a.id) AS "Value"
              FROM articles a
             WHERE a.id < {article.Id} AND a.body_sim_hash IS NOT NULL
               AND coalesce(a.published_on, a.fetched_at_utc::date) BETWEEN {day.AddDays(-CopyWindowDays)} AND {day.AddDays(CopyWindowDays)}
               AND length(a.body) >= {MinimumCopyLength}
               AND bit_count(((a.body_sim_hash # {simHash})::bit(64))) <= {SimHash.DefaultMaxDistance}
             ORDER BY a.id
             LIMIT 1
            """).ToListAsync(cancellationToken);
        long? copyOf = original.Count > 0 ? original[0] : null;
        if (article.CopyOfArticleId != copyOf)
        {
            article.CopyOfArticleId = copyOf;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private const int CopyWindowDays = 3;

    /// <summary>Short texts (a caption, a one-line brief) look alike without being copies.</summary>
    private const int MinimumCopyLength = 300;

    public static string ContentHash(string body)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(ArabicNormalizer.Normalize(body)));
        return Convert.ToHexStringLower(bytes);
    }

    public static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
        {
            brotli.Write(bytes);
        }
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}

/// <summary>The page as received, kept so extraction can be re-run without fetching again.</summary>
public sealed record RawPage(byte[] Bytes, string ContentType);
