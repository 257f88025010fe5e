using System.Text;
using System.Text.RegularExpressions;

namespace NewsPortal.Scraping;

public enum FetchStatus
{
    Ok,
    NotModified,
    HttpError,
    Timeout,
    TooLarge,
    TooManyRedirects,
    RedirectLoop,
    DisallowedByRobots,
    UnsupportedContentType,
    NetworkError,
    InvalidUrl,
    ForbiddenAddress,

    /// <summary>Not requested: the server's Retry-After still holds (see <see cref="FetchResult.RetryAt"/>).</summary>
    Deferred,
}

/// <summary>Validators from an earlier fetch, sent back for a conditional GET.</summary>
public sealed record FetchValidators(string? ETag, DateTimeOffset? LastModified);

/// <summary>
/// The outcome of one fetch. Failures are values: <see cref="Error"/> says what went wrong in
/// words a log reader understands; nothing is thrown to the caller.
/// </summary>
public sealed partial record FetchResult
{
    public required Uri RequestedUrl { get; init; }
    public required FetchStatus Status { get; init; }
    public Uri? FinalUrl { get; init; }
    public int? HttpStatus { get; init; }
    public byte[] Bytes { get; init; } = [];
    public Encoding? Encoding { get; init; }
    public string? Text { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public string? Error { get; init; }

    /// <summary>When the server said to come back (Retry-After on a 429 or 503, or a hold still running).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public bool IsSuccess => Status == FetchStatus.Ok;

    /// <summary>
    /// A failure that a later attempt may not meet: timeouts, network trouble, 5xx, 408, 429, a
    /// server's Retry-After. Everything else (other 4xx, too large, wrong type, robots, redirects
    /// gone wrong, a refused address) is permanent.
    /// </summary>
    public bool IsTransient => Status switch
    {
        FetchStatus.Timeout or FetchStatus.NetworkError or FetchStatus.Deferred => true,
        FetchStatus.HttpError => HttpStatus is null or >= 500 or 408 or 429,
        _ => false,
    };

    public FetchValidators Validators => new(ETag, LastModified);

    public static FetchResult Failed(Uri url, FetchStatus status, string error, int? httpStatus = null, Uri? finalUrl = null) =>
        new() { RequestedUrl = url, Status = status, Error = Redact(error), HttpStatus = httpStatus, FinalUrl = finalUrl ?? url };

    /// <summary>Text that names URLs, without the user name and password a URL may carry: messages are shown and logged.</summary>
    public static string Redact(string text) => Credentials().Replace(text, "$1***@");

    [GeneratedRegex(@"\b((?:https?|ftp)://)[^/?#@\s]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();
}
