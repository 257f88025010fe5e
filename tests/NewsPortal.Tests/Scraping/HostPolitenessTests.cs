using Microsoft.Extensions.Options;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

public sealed class HostPolitenessTests
{
    [Fact]
    public async Task No_more_than_the_per_host_limit_is_in_flight_while_other_hosts_go_ahead()
    {
        var politeness = new HostPoliteness(Options.Create(new ScrapingOptions { MaxConcurrencyPerHost = 1, MinDelayPerHost = TimeSpan.Zero }));
        using var first = await politeness.EnterAsync("a.example", null, CancellationToken.None);

        var second = politeness.EnterAsync("a.example", null, CancellationToken.None);
        using var other = await politeness.EnterAsync("b.example", null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(100);

        Assert.False(second.IsCompleted);
        first.Dispose();
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_crawl_delay_longer_than_our_gap_is_honoured_up_to_the_cap()
    {
        var politeness = new HostPoliteness(Options.Create(new ScrapingOptions
        {
            MinDelayPerHost = TimeSpan.Zero,
            MaxCrawlDelay = TimeSpan.FromMilliseconds(300),
        }));
        (await politeness.EnterAsync("a.example", TimeSpan.FromHours(1), CancellationToken.None)).Dispose();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        (await politeness.EnterAsync("a.example", TimeSpan.FromHours(1), CancellationToken.None)).Dispose();

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
    }
}
