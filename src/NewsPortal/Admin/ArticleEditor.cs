using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsPortal.Model;
using NewsPortal.Data;
using NewsPortal.Tagging;

namespace NewsPortal.Admin;

/// <summary>What an admin sets on an article; a null field is left as it is.</summary>
public sealed record ArticleCorrection(string? Title = null, string? Publisher = null, string? Url = null, DateOnly? PublishedOn = null);

/// <summary>
/// Sets or corrects an article's title, publisher, source URL and publish date. The correction is
/// stored as the article's <see cref="ArticleDecision"/> (applied again by every re-ingestion and
/// re-extraction), audited, and the article is tagged again at once so its relative dates and
/// events move with the new publish date.
/// </summary>
public sealed class ArticleEditor(NewsPortalDbContext db, ArticleTagger tagger, AuditLog audit, TimeProvider clock, ILogger<ArticleEditor> logger)
{
    private const int MaxTitle = 1000;
    private const int MaxPublisher = 300;
    private const int MaxUrl = 2048;

    /// <summary>Reads an admin's publish day: exactly yyyy-MM-dd, a real day, not before 1900 nor after tomorrow.</summary>
    public static bool TryParseDay(string? text, DateTimeOffset now, out DateOnly day, out string? error)
    {
        error = null;
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            error = $"\"{Shorten(text ?? "")}\" is not a date written as YYYY-MM-DD (for example 2024-06-19)";
            return false;
        }
        if (day.Year < 1900)
        {
            error = $"{day:yyyy-MM-dd} is before 1900";
            return false;
        }
        if (day > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            error = $"{day:yyyy-MM-dd} is in the future";
            return false;
        }
        return true;
    }

    public async Task<EditResult> CorrectAsync(long articleId, ArticleCorrection correction, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correction);
        if (Invalid(correction) is { } problem)
        {
            logger.LogWarning("Article {ArticleId}: correction by {User} refused: {Problem}", articleId, user, problem);
            return new EditResult(problem);
        }
        var found = false;
        var retag = false;
        await AdminTransaction.RunAsync(db, async ct =>
        {
            var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, ct);
            found = article is not null;
            if (article is null)
            {
                return 0;
            }
            var decision = await db.ArticleDecisions.FirstOrDefaultAsync(d => d.ArticleId == articleId, ct);
            if (decision is null)
            {
                decision = new ArticleDecision { ArticleId = articleId, DecidedBy = user };
                db.ArticleDecisions.Add(decision);
            }
            var changes = new List<string>();
            if (Changed(correction.Title, article.Title) is { } title)
            {
                changes.Add($"title \"{Shorten(article.Title)}\" → \"{Shorten(title)}\"");
                decision.Title = article.Title = title;
                retag = true;
            }
            if (Changed(correction.Publisher, article.Publisher) is { } publisher)
            {
                changes.Add($"publisher \"{article.Publisher}\" → \"{publisher}\"");
                decision.Publisher = article.Publisher = publisher;
            }
            if (Changed(correction.Url, article.Url) is { } url)
            {
                changes.Add($"source URL {article.Url} → {url}");
                decision.Url = article.Url = url;
            }
            if (correction.PublishedOn is { } day && (day != article.PublishedOn || article.PublishedFrom != PublishDateSource.Admin))
            {
                changes.Add($"published {article.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"} ({article.PublishedFrom}) → {day:yyyy-MM-dd}");
                retag |= day != article.PublishedOn;
                decision.PublishedOn = article.PublishedOn = day;
                article.PublishedAtUtc = null;
                article.PublishedUtcOffsetMinutes = null;
                article.PublishedFrom = PublishDateSource.Admin;
            }
            decision.DecidedBy = user;
            decision.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
            article.UpdatedAtUtc = decision.DecidedAtUtc;
            audit.Record(user, "article.correct", $"article {articleId}", changes.Count == 0 ? "no change" : string.Join("; ", changes));
            return 0;
        }, cancellationToken);
        if (!found)
        {
            return new EditResult("لا توجد مقالة بهذا المعرّف.");
        }
        if (retag)
        {
            // The title is tagged too; relative dates ("أمس", "الثلاثاء الماضي") and their events hang on the publish date.
            await tagger.TagAsync(articleId, cancellationToken);
        }
        return EditResult.Ok;
    }

    private static string? Invalid(ArticleCorrection c)
    {
        if (c.Title is not null && (c.Title.Trim().Length == 0 || c.Title.Length > MaxTitle))
        {
            return $"العنوان مطلوب، ولا يزيد على {MaxTitle} حرف.";
        }
        if (c.Publisher is not null && c.Publisher.Length > MaxPublisher)
        {
            return $"اسم الناشر أطول من {MaxPublisher} حرف.";
        }
        if (c.Url is not null && c.Url.Trim().Length > 0
            && (c.Url.Length > MaxUrl || !Uri.TryCreate(c.Url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return "رابط المصدر يجب أن يكون عنوانًا كاملًا يبدأ بـ http:// أو https://.";
        }
        return null;
    }

    /// <summary>The new value when it differs from the current one; blank text is no change.</summary>
    private static string? Changed(string? value, string? current)
    {
        var v = value?.Trim();
        return string.IsNullOrEmpty(v) || v == current ? null : v;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
