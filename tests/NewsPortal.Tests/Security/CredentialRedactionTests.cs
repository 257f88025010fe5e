using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Scraping;
using NewsPortal.Tests.Scraping;

namespace NewsPortal.Tests.Security;

/// <summary>A user name and password written into a source's URL are not repeated in the messages shown and logged.</summary>
public sealed class CredentialRedactionTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_refused_address_is_reported_without_the_credentials_in_its_URL()
    {
        using var services = ScrapingServices.Create(o => o.AllowLoopback = false);
        var url = new Uri($"http://editor:hunter2-secret@127.0.0.1:{site.BaseUrl.Port}/news/jsonld");

        var result = await services.GetRequiredService<Fetcher>().FetchAsync(url);

        Assert.Equal(FetchStatus.ForbiddenAddress, result.Status);
        Assert.Contains($"http://***@127.0.0.1:{site.BaseUrl.Port}/news/jsonld", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_error_is_reported_without_the_credentials_in_its_URL()
    {
        using var services = ScrapingServices.Create(o => o.RespectRobotsTxt = false);
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await services.GetRequiredService<Fetcher>().FetchAsync(new Uri($"http://feeds:p%40ss-secret@127.0.0.1:{port}/rss.xml"));

        Assert.Equal(FetchStatus.NetworkError, result.Status);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
    }
}
