using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

/// <summary>Changes the process-wide default proxy, so it runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SystemProxyCollection
{
    public const string Name = "system proxy";
}

/// <summary>
/// Through a proxy the connect-time address check would see only the proxy, and the proxy would
/// resolve (or re-resolve) the page's host itself: the fetcher ignores the system proxy.
/// </summary>
[Collection(SystemProxyCollection.Name)]
public sealed class SystemProxyTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task The_fetcher_connects_to_the_page_itself_even_when_a_system_proxy_is_set()
    {
        using var proxy = new TcpListener(IPAddress.Loopback, 0);
        proxy.Start();
        var connections = 0;
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                using var client = await proxy.AcceptTcpClientAsync();
                Interlocked.Increment(ref connections);
            }
        });
        var before = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new EveryRequestProxy(new Uri($"http://127.0.0.1:{((IPEndPoint)proxy.LocalEndpoint).Port}/"));
        try
        {
            using var services = ScrapingServices.Create(o => o.RespectRobotsTxt = false);

            var result = await services.GetRequiredService<Fetcher>().FetchAsync(site.Url("/news/jsonld?proxy-check"));

            Assert.Equal(FetchStatus.Ok, result.Status);
            Assert.Equal(1, site.HitCount("/news/jsonld?proxy-check"));
            Assert.Equal(0, Volatile.Read(ref connections));
        }
        finally
        {
            HttpClient.DefaultProxy = before;
            proxy.Stop();
            await Assert.ThrowsAnyAsync<Exception>(() => accepting);
        }
    }

    private sealed class EveryRequestProxy(Uri address) : IWebProxy
    {
        public ICredentials? Credentials { get; set; }

        public Uri GetProxy(Uri destination) => address;

        public bool IsBypassed(Uri host) => false;
    }
}
