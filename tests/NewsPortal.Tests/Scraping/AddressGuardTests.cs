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
    [InlineData("64:ff9b::a9fe:a9fe")]        // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::7f00:1")]           // NAT64 of 127.0.0.1
    [InlineData("64:ff9b:1::a00:1")]          // local-use NAT64
    [InlineData("2002:a9fe:a9fe::1")]         // 6to4 of 169.254.169.254
    [InlineData("2002:c0a8:101::")]           // 6to4 of 192.168.1.1
    [InlineData("::10.0.0.1")]                // IPv4-compatible
    [InlineData("::169.254.169.254")]
    [InlineData("::ffff:0:10.0.0.1")]         // SIIT IPv4-translated
    [InlineData("2001:0:4136:e378:8000:63bf:f5ff:fffe")] // Teredo client 10.0.0.1
    [InlineData("2001:0:a00:1::f7f7:f7f7")]   // Teredo server 10.0.0.1, client 8.8.8.8
    [InlineData("2001:db8::1")]               // documentation
    public void IPv6_forms_that_carry_a_private_IPv4_address_are_refused(string address) =>
        Assert.False(AddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("64:ff9b::808:808")]          // NAT64 of 8.8.8.8
    [InlineData("2002:808:808::1")]           // 6to4 of 8.8.8.8
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")] // Teredo server 65.54.227.120, client 8.8.8.8
    public void IPv6_forms_that_carry_a_public_IPv4_address_are_allowed(string address) =>
        Assert.True(AddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

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
