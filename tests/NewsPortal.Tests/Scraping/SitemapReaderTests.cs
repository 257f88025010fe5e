using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

public sealed class SitemapReaderTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_sitemap_index_is_walked_to_its_news_sitemap_and_a_loop_or_missing_child_only_notes_an_error()
    {
        using var services = ScrapingServices.Create();
        var before = site.HitCount("/sitemap-index.xml");

        var result = await services.GetRequiredService<SitemapReader>().ReadAsync(site.Url("/sitemap-index.xml"));

        Assert.Equal([site.Url("/news/jsonld"), site.Url("/news/wordpress")], result.Items.Select(i => i.Url));
        var news = result.Items[0];
        Assert.Equal("وفد كوري شمالي", news.Title);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 8, 30, 0, TimeSpan.FromHours(3)), news.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), result.Items[1].Published);
        Assert.Contains(result.Errors, e => e.Contains("sitemap-missing.xml", StringComparison.Ordinal));
        Assert.Equal(before + 1, site.HitCount("/sitemap-index.xml"));
    }

    [Fact]
    public async Task The_walk_stops_at_the_depth_limit()
    {
        using var services = ScrapingServices.Create(o => o.MaxSitemapDepth = 0);

        var result = await services.GetRequiredService<SitemapReader>().ReadAsync(site.Url("/sitemap-index.xml"));

        Assert.Empty(result.Items);
        Assert.Contains(result.Errors, e => e.Contains("deeper than 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_sitemap_xml_gives_an_error_value()
    {
        var (items, sitemaps, error) = SitemapReader.Parse("<urlset><url><loc>", null);

        Assert.Empty(items);
        Assert.Empty(sitemaps);
        Assert.NotNull(error);
    }
}
