using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Admin;

/// <summary>The outcome of checking a source's URL before it is saved; the error is for the admin, in Arabic.</summary>
public sealed record SourceCheckResult(string? Error, int Entries)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Checks a source's URL before it is saved: it must be http(s), and a feed or sitemap must be
/// reachable, parse as one (a feed by <see cref="FeedLocator"/>, as the worker reads it), and list at least one entry.
/// </summary>
public sealed class SourceCheck(Fetcher fetcher, SitemapReader sitemaps)
{
    public const int MaxUrlLength = 2048;

    public static Uri? ParseHttpUrl(string? text) =>
        text is { Length: > 0 and <= MaxUrlLength } && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : null;

    public async Task<SourceCheckResult> CheckAsync(SourceKind kind, string? location, CancellationToken cancellationToken)
    {
        if (ParseHttpUrl(location) is not { } url)
        {
            return new SourceCheckResult("العنوان يجب أن يكون رابطًا كاملًا يبدأ بـ http:// أو https://.", 0);
        }
        switch (kind)
        {
            case SourceKind.Feed:
                var lookup = await FeedLocator.ReadAsync(fetcher, url, cancellationToken);
                if (lookup.FailedFetch is { } failed)
                {
                    return new SourceCheckResult($"تعذّر الوصول إلى الموجز: {failed.Error}", 0);
                }
                if (lookup.Feed is not { IsSuccess: true } feed)
                {
                    return new SourceCheckResult(lookup.Feed is { } broken
                        ? $"هذا الرابط ليس موجز RSS أو Atom صالحًا: {broken.Error}"
                        : "هذا الرابط صفحة ويب وليس موجز RSS أو Atom، ولا تدلّ الصفحة على موجز لها.", 0);
                }
                return feed.Items.Count == 0
                    ? new SourceCheckResult("الموجز لا يحتوي على أي مادة.", 0)
                    : new SourceCheckResult(null, feed.Items.Count);
            case SourceKind.Sitemap:
                var sitemap = await sitemaps.ReadAsync(url, cancellationToken);
                if (sitemap.Items.Count > 0)
                {
                    return new SourceCheckResult(null, sitemap.Items.Count);
                }
                return sitemap.Errors.Count > 0
                    ? new SourceCheckResult($"تعذّرت قراءة خريطة الموقع: {sitemap.Errors[0]}", 0)
                    : new SourceCheckResult("خريطة الموقع لا تحتوي على أي رابط.", 0);
            case SourceKind.ArticleUrl:
                // One article is fetched by its run; a failure there shows on the failed-items page.
                return new SourceCheckResult(null, 1);
            default:
                return new SourceCheckResult("نوع المصدر غير مدعوم في لوحة الإدارة.", 0);
        }
    }
}
