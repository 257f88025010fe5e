using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace NewsPortal.Scraping;

/// <summary>
/// Fetches one URL politely: robots.txt first, a per-host slot and gap, a server's Retry-After
/// kept for every later request to it, redirects followed by hand (so loops and long chains end
/// with a clear error), conditional GET, a size limit, a content-type check and charset detection.
/// One request per call: retrying is the ingestion queue's work (<see cref="FetchResult.IsTransient"/>).
/// Every failure is returned as a <see cref="FetchResult"/>; only the caller's cancellation is thrown.
/// </summary>
public sealed class Fetcher(
    IHttpClientFactory clients,
    IOptions<ScrapingOptions> options,
    HostPoliteness politeness,
    RobotsCache robots,
    TimeProvider time,
    ILogger<Fetcher>? logger = null)
{
    public const string HttpClientName = "NewsPortal.Scraping";

    private static readonly string[] TextTypes =
    [
        "text/html", "application/xhtml+xml", "application/xml", "text/xml", "application/rss+xml",
        "application/atom+xml", "application/rdf+xml", "text/plain",
    ];

    private static readonly string[] GzipTypes = ["application/gzip", "application/x-gzip"];

    private readonly ILogger logger = logger ?? NullLogger<Fetcher>.Instance;

    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return FetchResult.Failed(url, FetchStatus.InvalidUrl, $"not an http(s) URL: {url}");
        }
        var o = options.Value;
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(o.TotalTimeout);
        var current = url;
        try
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
            for (var hop = 0; ; hop++)
            {
                // Checked before robots.txt so a refused address is reported as such; checked again at connect.
                var (_, refusal) = await AddressGuard.ResolveAsync(current.Host, o.AllowLoopback, total.Token).ConfigureAwait(false);
                if (refusal is not null)
                {
                    return FetchResult.Failed(url, FetchStatus.ForbiddenAddress, $"refused {current}: {refusal}", finalUrl: current);
                }
                RobotsPolicy? policy = null;
                if (o.RespectRobotsTxt)
                {
                    policy = await robots.GetAsync(current, total.Token).ConfigureAwait(false);
                    // Shutting down is not "robots.txt unreadable".
                    cancellationToken.ThrowIfCancellationRequested();
                    if (policy.UnavailableReason is { } reason)
                    {
                        return FetchResult.Failed(url, FetchStatus.NetworkError, $"robots.txt could not be read, so {current.Host} is not crawled for now: {reason}", finalUrl: current);
                    }
                    if (!policy.IsAllowed(current))
                    {
                        return FetchResult.Failed(url, FetchStatus.DisallowedByRobots, $"robots.txt disallows {current}", finalUrl: current);
                    }
                }
                using var lease = await politeness.EnterAsync(current.Host, policy?.CrawlDelay, total.Token).ConfigureAwait(false);
                if (politeness.HeldUntil(current) is { } heldUntil)
                {
                    return FetchResult.Failed(url, FetchStatus.Deferred,
                        $"not requested: {current.Authority} asked to wait until {heldUntil.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (Retry-After)", finalUrl: current)
                        with { RetryAt = heldUntil };
                }
                using var request = Request(current, validators, o);
                using var response = await clients.CreateClient(HttpClientName)
                    .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, total.Token).ConfigureAwait(false);

                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                {
                    var next = new Uri(current, location);
                    if (next.Scheme is not ("http" or "https"))
                    {
                        return FetchResult.Failed(url, FetchStatus.InvalidUrl, $"redirect from {current} to a non-http URL: {next}", status, current);
                    }
                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return FetchResult.Failed(url, FetchStatus.RedirectLoop, $"redirect loop: {current} → {next} was visited before", status, current);
                    }
                    if (hop + 1 > o.MaxRedirects)
                    {
                        return FetchResult.Failed(url, FetchStatus.TooManyRedirects, $"more than {o.MaxRedirects} redirects", status, current);
                    }
                    current = next;
                    continue;
                }
                return await ResultAsync(url, current, response, o, total.Token).ConfigureAwait(false) switch
                {
                    { RetryAt: { } until } held => Held(current, until, held),
                    var result => result,
                };
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller stopped (shutdown): not a timeout, and not the page's fault.
            throw;
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutRejectedException)
        {
            var after = e is TimeoutRejectedException ? o.AttemptTimeout : o.TotalTimeout;
            return FetchResult.Failed(url, FetchStatus.Timeout, $"timed out after {after.TotalSeconds:0.#} s fetching {current}", finalUrl: current);
        }
        catch (HttpRequestException e) when (e is ForbiddenAddressException || e.InnerException is ForbiddenAddressException)
        {
            return FetchResult.Failed(url, FetchStatus.ForbiddenAddress, $"refused {current}: {(e.InnerException ?? e).Message}", finalUrl: current);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return FetchResult.Failed(url, FetchStatus.NetworkError, $"network error fetching {current}: {e.Message}", finalUrl: current);
        }
        catch (HttpRequestException e)
        {
            logger.LogDebug(e, "fetch of {Url} failed", FetchResult.Redact(current.ToString()));
            return FetchResult.Failed(url, FetchStatus.NetworkError, $"network error fetching {current}: {e.Message}", finalUrl: current);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The boundary of the scraper: whatever the network stack throws becomes a value.
            logger.LogWarning(e, "unexpected error fetching {Url}", FetchResult.Redact(current.ToString()));
            return FetchResult.Failed(url, FetchStatus.NetworkError, $"error fetching {current}: {e.Message}", finalUrl: current);
        }
    }

    private FetchResult Held(Uri server, DateTimeOffset until, FetchResult result)
    {
        politeness.Hold(server, until);
        return result;
    }

    private static HttpRequestMessage Request(Uri url, FetchValidators? validators, ScrapingOptions o)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", o.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
        request.Headers.TryAddWithoutValidation("Accept-Language", "ar,en;q=0.8");
        if (validators?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }
        return request;
    }

    private async Task<FetchResult> ResultAsync(
        Uri url, Uri final, HttpResponseMessage response, ScrapingOptions o, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult
            {
                RequestedUrl = url, FinalUrl = final, Status = FetchStatus.NotModified, HttpStatus = status,
                ETag = etag, LastModified = lastModified,
            };
        }
        if (!response.IsSuccessStatusCode)
        {
            var retryAt = status is 429 or 503 ? RetryAfter(response) : null;
            var retryAfter = response.Headers.RetryAfter is { } ra ? $" (Retry-After: {ra})" : "";
            return FetchResult.Failed(url, FetchStatus.HttpError, $"HTTP {status} {response.ReasonPhrase} from {final}{retryAfter}", status, final)
                with { RetryAt = retryAt };
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        var isGzip = mediaType is not null && GzipTypes.Contains(mediaType);
        if (mediaType is not null && !TextTypes.Contains(mediaType) && !isGzip && !mediaType.EndsWith("+xml", StringComparison.Ordinal))
        {
            return FetchResult.Failed(url, FetchStatus.UnsupportedContentType, $"unsupported content type {mediaType} from {final}", status, final);
        }
        if (response.Content.Headers.ContentLength > o.MaxResponseBytes)
        {
            return FetchResult.Failed(url, FetchStatus.TooLarge, TooLarge(final, o), status, final);
        }
        var (bytes, tooLarge) = await BodyReader.ReadAsync(response.Content, o.MaxResponseBytes, cancellationToken, gunzip: isGzip).ConfigureAwait(false);
        if (tooLarge)
        {
            return FetchResult.Failed(url, FetchStatus.TooLarge, isGzip ? TooLargeUnpacked(final, o) : TooLarge(final, o), status, final);
        }
        // A .gz file is handed on unpacked, as the text it holds.
        var contentType = isGzip ? "application/xml" : response.Content.Headers.ContentType?.ToString();
        var (text, encoding) = CharsetDetector.Decode(bytes, contentType);
        return new FetchResult
        {
            RequestedUrl = url, FinalUrl = final, Status = FetchStatus.Ok, HttpStatus = status, Bytes = bytes,
            Text = text, Encoding = encoding, ContentType = contentType, ETag = etag, LastModified = lastModified,
        };
    }

    /// <summary>The server's Retry-After as a time (seconds or a date), or null when it gives none.</summary>
    private DateTimeOffset? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var now = time.GetUtcNow();
        return header?.Delta is { } delta ? now + (delta < TimeSpan.Zero ? TimeSpan.Zero : delta)
            : header?.Date is { } date ? (date < now ? now : date)
            : null;
    }

    private static string TooLarge(Uri url, ScrapingOptions o) =>
        $"response from {url} is larger than {o.MaxResponseBytes / (1024.0 * 1024):0.#} MB; reading stopped";

    internal static string TooLargeUnpacked(Uri url, ScrapingOptions o) =>
        $"{url} unpacks to more than {o.MaxResponseBytes / (1024.0 * 1024):0.#} MB (a compression bomb?); unpacking stopped";
}
