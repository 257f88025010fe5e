using System.Net;

namespace NewsPortal.Web.Tests.Security;

/// <summary>Behind a TLS proxy: https enforced, cookies Secure, links on the public address, each client its own.</summary>
[Collection(PublicPortalFixture.Name)]
public sealed class HttpsBehindProxyTests(PublicPortal portal)
{
    [Fact]
    public async Task A_plain_http_request_is_redirected_to_https()
    {
        using var client = portal.Client("203.0.113.10", https: false);

        using var response = await client.GetAsync(new Uri("/timeline?actor=x", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"answered {(int)response.StatusCode}");
        Assert.Equal($"https://{PublicPortal.Host}/timeline?actor=x", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Over_https_pages_send_HSTS_and_every_cookie_is_Secure()
    {
        using var client = portal.Client("203.0.113.11");

        using var login = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        using var language = await client.GetAsync(new Uri("/language?culture=en&returnUrl=/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.StartsWith("max-age=", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = login.Headers.GetValues("Set-Cookie").Concat(language.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_login_rate_limit_counts_each_client_behind_the_proxy_on_its_own()
    {
        using var busy = portal.Client("198.51.100.20");
        using var other = portal.Client("198.51.100.21");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            answers.Add(await PostLoginAsync(busy));
        }
        var otherAnswer = await PostLoginAsync(other);

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherAnswer);
    }

    /// <summary>A sign-in attempt without the form's token: refused, but counted by the rate limit first.</summary>
    private static async Task<HttpStatusCode> PostLoginAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "someone@newsportal.test",
            ["Password"] = "Wrong-Passw0rd-Guess!",
        }));
        return response.StatusCode;
    }

    [Fact]
    public async Task Feed_and_CSV_links_use_the_public_address_not_the_Host_header()
    {
        using var client = portal.Client("203.0.113.12", host: "attacker.example");

        using var feed = await client.GetAsync(new Uri("/timeline/feed", UriKind.Relative));
        var atom = await feed.Content.ReadAsStringAsync();
        using var csv = await client.GetAsync(new Uri("/timeline/export.csv", UriKind.Relative));
        var rows = await csv.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains($"https://{PublicPortal.Host}/timeline", atom, StringComparison.Ordinal);
        Assert.Contains($"https://{PublicPortal.Host}/articles/", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", atom + rows, StringComparison.Ordinal);
    }
}
