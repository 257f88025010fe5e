using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;
using NewsPortal.Tests.Extraction.Html;

namespace NewsPortal.Tests.Scraping;

public sealed class FetcherTests(TestSite site) : IClassFixture<TestSite>, IDisposable
{
    private readonly ServiceProvider services = ScrapingServices.Create();

    private Fetcher Fetcher => services.GetRequiredService<Fetcher>();

    public void Dispose() => services.Dispose();

    [Fact]
    public async Task A_page_comes_back_decoded_with_its_final_url_content_type_and_validators()
    {
        var result = await Fetcher.FetchAsync(site.Url("/etag"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(site.Url("/etag"), result.FinalUrl);
        Assert.Contains(TestPages.Title, result.Text, StringComparison.Ordinal);
        Assert.Equal("utf-8", result.Encoding!.WebName);
        Assert.StartsWith("text/html", result.ContentType, StringComparison.Ordinal);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), result.LastModified);
    }

    [Fact]
    public async Task A_page_fetched_again_with_its_validators_is_reported_not_modified()
    {
        var first = await Fetcher.FetchAsync(site.Url("/etag"));

        var second = await Fetcher.FetchAsync(site.Url("/etag"), first.Validators);

        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(304, second.HttpStatus);
        Assert.Empty(second.Bytes);
        Assert.Equal("\"v1\"", site.LastHeaders["/etag"]["If-None-Match"]);
        Assert.Equal("Tue, 05 Mar 2024 10:00:00 GMT", site.LastHeaders["/etag"]["If-Modified-Since"]);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Compressed_responses_are_unpacked(string encoding)
    {
        var result = await Fetcher.FetchAsync(site.Url("/compressed/" + encoding));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Contains(TestPages.Title, result.Text, StringComparison.Ordinal);
        Assert.Contains(encoding, site.LastHeaders["/compressed/" + encoding]["Accept-Encoding"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_carry_the_bot_user_agent()
    {
        await Fetcher.FetchAsync(site.Url("/news/amp"));

        Assert.Equal("NewsPortalBot/1.0 (+tests)", site.LastHeaders["/news/amp"]["User-Agent"]);
    }

    /// <summary>One request per fetch: retrying is the ingestion queue's (retries here nested inside its attempts).</summary>
    [Fact]
    public async Task A_server_error_is_one_request_reported_as_transient()
    {
        var result = await Fetcher.FetchAsync(site.Url("/always-500"));

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Equal(500, result.HttpStatus);
        Assert.Contains("HTTP 500", result.Error, StringComparison.Ordinal);
        Assert.True(result.IsTransient);
        Assert.Equal(1, site.HitCount("/always-500"));
    }

    [Fact]
    public async Task A_not_found_page_is_not_retried()
    {
        var result = await Fetcher.FetchAsync(site.Url("/missing"));

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Equal(404, result.HttpStatus);
        Assert.Equal(1, site.HitCount("/missing"));
    }

    [Fact]
    public async Task A_429_holds_every_request_to_its_server_until_its_retry_after_has_passed()
    {
        using var own = ScrapingServices.Create();
        var fetcher = own.GetRequiredService<Fetcher>();
        var clock = Stopwatch.StartNew();

        var busy = await fetcher.FetchAsync(site.Url("/busy/b"));
        var other = await fetcher.FetchAsync(site.Url("/news/amp?held"));
        while (clock.Elapsed < TimeSpan.FromSeconds(1.2))
        {
            await Task.Delay(100);
        }
        var again = await fetcher.FetchAsync(site.Url("/busy/b"));

        Assert.Equal(429, busy.HttpStatus);
        Assert.True(busy.IsTransient);
        Assert.NotNull(busy.RetryAt);
        Assert.Equal(FetchStatus.Deferred, other.Status);
        Assert.Contains("Retry-After", other.Error, StringComparison.Ordinal);
        Assert.Equal(0, site.HitCount("/news/amp?held"));
        Assert.Equal(FetchStatus.Ok, again.Status);
        Assert.Equal(2, site.HitCount("/busy/b"));
    }

    [Fact]
    public async Task A_long_retry_after_is_reported_with_its_time_not_waited_for()
    {
        using var own = ScrapingServices.Create();

        var result = await own.GetRequiredService<Fetcher>().FetchAsync(site.Url("/very-busy"));

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Equal(429, result.HttpStatus);
        Assert.Contains("Retry-After", result.Error, StringComparison.Ordinal);
        Assert.True(result.RetryAt > DateTimeOffset.UtcNow.AddMinutes(59));
        Assert.Equal(1, site.HitCount("/very-busy"));
    }

    [Fact]
    public async Task The_callers_cancellation_is_thrown_not_reported_as_a_timeout()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Fetcher.FetchAsync(site.Url("/no-headers?cancelled"), null, stop.Token));
    }

    [Fact]
    public async Task A_page_that_never_finishes_ends_in_a_timeout()
    {
        using var quick = ScrapingServices.Create(o => o.TotalTimeout = TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var result = await quick.GetRequiredService<Fetcher>().FetchAsync(site.Url("/never-finishes"));

        Assert.Equal(FetchStatus.Timeout, result.Status);
        Assert.Contains("timed out", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_after_one_attempt()
    {
        // robots.txt aside: its first request could take longer than 300 ms on a loaded machine.
        using var quick = ScrapingServices.Create(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.RespectRobotsTxt = false;
        });

        var result = await quick.GetRequiredService<Fetcher>().FetchAsync(site.Url("/no-headers"));

        Assert.True(result.Status == FetchStatus.Timeout, result.Error);
        Assert.Contains("timed out", result.Error, StringComparison.Ordinal);
        Assert.True(result.IsTransient);
        // At most one request (under load the one may time out before the server sees it).
        Assert.InRange(site.HitCount("/no-headers"), 0, 1);
    }

    [Fact]
    public async Task A_redirect_loop_ends_with_a_clear_error()
    {
        var result = await Fetcher.FetchAsync(site.Url("/loop/a"));

        Assert.Equal(FetchStatus.RedirectLoop, result.Status);
        Assert.Contains("redirect loop", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_chain_longer_than_the_limit_is_refused()
    {
        var result = await Fetcher.FetchAsync(site.Url("/chain/9"));

        Assert.Equal(FetchStatus.TooManyRedirects, result.Status);
    }

    [Fact]
    public async Task A_redirect_is_followed_and_the_final_url_reported()
    {
        var result = await Fetcher.FetchAsync(site.Url("/moved"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(site.Url("/news/jsonld"), result.FinalUrl);
    }

    [Fact]
    public async Task A_redirect_to_a_non_http_url_is_refused()
    {
        var result = await Fetcher.FetchAsync(site.Url("/to-ftp"));

        Assert.Equal(FetchStatus.InvalidUrl, result.Status);
        Assert.Contains("ftp://files.example/x", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_reported_too_large()
    {
        var result = await Fetcher.FetchAsync(site.Url("/huge"));

        Assert.Equal(FetchStatus.TooLarge, result.Status);
        Assert.Contains("larger than 10 MB", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Bytes);
    }

    [Fact]
    public async Task A_path_robots_txt_disallows_is_never_requested()
    {
        var result = await Fetcher.FetchAsync(site.Url("/private/secret"));

        Assert.Equal(FetchStatus.DisallowedByRobots, result.Status);
        Assert.Contains("robots.txt", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, site.HitCount("/private/secret"));
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_and_cached()
    {
        var before = site.HitCount("/robots.txt");

        await Fetcher.FetchAsync(site.Url("/news/wordpress"));
        await Fetcher.FetchAsync(site.Url("/news/jsonld"));

        Assert.Equal(before + 1, site.HitCount("/robots.txt"));
    }

    [Fact]
    public async Task A_non_html_content_type_is_refused()
    {
        var result = await Fetcher.FetchAsync(site.Url("/image.png"));

        Assert.Equal(FetchStatus.UnsupportedContentType, result.Status);
        Assert.Contains("image/png", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_refuses_connections_is_a_network_error_not_an_exception()
    {
        var result = await Fetcher.FetchAsync(new Uri("http://127.0.0.1:1/news"));

        Assert.Equal(FetchStatus.NetworkError, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public async Task A_non_http_url_is_refused_without_a_request()
    {
        var result = await Fetcher.FetchAsync(new Uri("ftp://example.org/file"));

        Assert.Equal(FetchStatus.InvalidUrl, result.Status);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_minimum_delay()
    {
        using var polite = ScrapingServices.Create(o => o.MinDelayPerHost = TimeSpan.FromMilliseconds(300));
        var fetcher = polite.GetRequiredService<Fetcher>();
        await fetcher.FetchAsync(site.Url("/news/none"));
        var clock = Stopwatch.StartNew();

        // Three starts need at least two gaps, however long each request itself takes.
        await fetcher.FetchAsync(site.Url("/news/none"));
        await fetcher.FetchAsync(site.Url("/news/none"));
        await fetcher.FetchAsync(site.Url("/news/none"));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(590), $"three requests took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("/news/wordpress")]
    [InlineData("/news/jsonld")]
    [InlineData("/news/amp")]
    [InlineData("/news/cp1256")]
    [InlineData("/news/hostile")]
    public async Task Each_served_layout_ends_in_an_extracted_article(string path)
    {
        var result = await Fetcher.FetchAsync(site.Url(path));
        var article = services.GetRequiredService<HtmlArticleExtractor>().Extract(result.Text!, result.FinalUrl);

        Assert.Equal(FetchStatus.Ok, result.Status);
        foreach (var paragraph in TestPages.Paragraphs)
        {
            Assert.Contains(paragraph, article.Body, StringComparison.Ordinal);
        }
        Assert.Equal("ar", article.Language);
    }

    [Fact]
    public async Task A_served_page_with_no_article_ends_in_an_empty_body()
    {
        var result = await Fetcher.FetchAsync(site.Url("/news/none"));
        var article = services.GetRequiredService<HtmlArticleExtractor>().Extract(result.Text!, result.FinalUrl);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.False(article.HasBody);
    }
}
