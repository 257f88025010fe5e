using Microsoft.Playwright;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Security;

/// <summary>Every response tells the browser to run only the site's own files, sniff nothing and frame nothing.</summary>
[Collection(PortalFixtures.Name)]
public sealed class BrowserHardeningTests(PortalServer portal, Browser browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/timeline?actor=بوتين")]
    [InlineData("/api/events")]
    [InlineData("/timeline/feed")]
    [InlineData("/account/login")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_hardening_headers(string url)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Plain_http_on_loopback_is_served_without_redirection_or_HSTS()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/timeline", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_pages_break_no_rule_of_the_policy_and_the_month_bars_keep_their_heights()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var url in new[] { "/", "/search?q=بوتين", "/actors", "/articles", "/account/login" })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await page.GotoAsync("/timeline");
        var heights = await page.Locator(".month-strip a .bar").EvaluateAllAsync<double[]>("bars => bars.map(b => b.getBoundingClientRect().height)");

        Assert.Empty(violations);
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.True(h >= 2, $"a month bar is {h}px high"));
        Assert.Contains(heights, h => h > 40);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";
}
