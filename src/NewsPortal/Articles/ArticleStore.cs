using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Extraction;

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
        var hash = ContentHash(parsed.Body);
        var existing = canonicalUrl is not null
            ? await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == canonicalUrl, cancellationToken)
            : await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == null && a.ContentHash == hash, cancellationToken);

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
        return (article, existing is null ? SaveOutcome.Added : changed ? SaveOutcome.Updated : SaveOutcome.Unchanged);
    }

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
