using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

/// <summary>The scraper is not a way into the machine or its network.</summary>
public sealed class AddressGuardTests(TestSite site) : IClassFixture<TestSite>
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.5")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Private_loopback_link_local_and_reserved_addresses_are_refused(string address) =>
        Assert.False(AddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("185.70.40.1")]
    [InlineData("2a00:1450:4001:80b::200e")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(AddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Fact]
    public void Allowing_loopback_for_tests_does_not_open_the_private_network() =>
        Assert.False(AddressGuard.IsAllowed(IPAddress.Parse("169.254.169.254"), allowLoopback: true));

    [Theory]
    [InlineData("/news/jsonld")]
    [InlineData("http://localhost/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    public async Task By_default_the_fetcher_refuses_local_addresses_whether_written_as_numbers_or_names(string target)
    {
        using var services = ScrapingServices.Create(o => o.AllowLoopback = false);
        var url = target.StartsWith('/') ? site.Url(target) : new Uri(target);

        var result = await services.GetRequiredService<Fetcher>().FetchAsync(url);

        Assert.Equal(FetchStatus.ForbiddenAddress, result.Status);
        Assert.Contains("only fetches public addresses", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, site.HitCount("/news/jsonld"));
    }

    [Fact]
    public async Task A_redirect_to_a_metadata_address_is_refused_even_when_loopback_is_allowed()
    {
        using var services = ScrapingServices.Create();

        var result = await services.GetRequiredService<Fetcher>().FetchAsync(site.Url("/to-metadata"));

        Assert.Equal(FetchStatus.ForbiddenAddress, result.Status);
        Assert.Contains("169.254.169.254", result.Error, StringComparison.Ordinal);
    }
}
