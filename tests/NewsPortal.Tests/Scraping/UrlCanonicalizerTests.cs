using NewsPortal.Articles;

namespace NewsPortal.Tests.Scraping;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://www.site.example/a/b?utm_source=tw&utm_medium=social&id=5#comments", "https://www.site.example/a/b?id=5")]
    [InlineData("https://site.example/a?fbclid=xyz&gclid=1&page=2&cat=world", "https://site.example/a?cat=world&page=2")]
    [InlineData("HTTPS://Site.Example:443/Story", "https://site.example/Story")]
    [InlineData("http://site.example:80/story", "http://site.example/story")]
    [InlineData("http://site.example:8080/story", "http://site.example:8080/story")]
    [InlineData("https://site.example/world/story/amp/", "https://site.example/world/story/")]
    [InlineData("https://site.example/world/story/amp", "https://site.example/world/story/")]
    [InlineData("https://site.example/story?amp=1", "https://site.example/story")]
    [InlineData("https://site.example/story?outputType=amp&id=3", "https://site.example/story?id=3")]
    [InlineData("https://m.site.example/story", "https://site.example/story")]
    [InlineData("https://amp.site.example/story", "https://site.example/story")]
    [InlineData("https://m.example/story", "https://m.example/story")]
    [InlineData("https://site.example", "https://site.example/")]
    public void Tracking_fragments_ports_and_amp_variants_fold_to_one_url(string input, string expected)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, out var canonical));
        Assert.Equal(expected, canonical.AbsoluteUri);
    }

    [Fact]
    public void Arabic_paths_keep_their_meaning()
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize("https://www.youm7.com/story/2020/8/24/وزير-الرى?utm_campaign=x", out var canonical));
        Assert.Equal(new Uri("https://www.youm7.com/story/2020/8/24/وزير-الرى"), canonical);
    }

    [Fact]
    public void A_url_that_is_not_http_is_not_canonicalized()
    {
        Assert.False(UrlCanonicalizer.TryCanonicalize("mailto:a@b.example", out _));
        Assert.False(UrlCanonicalizer.TryCanonicalize("not a url", out _));
    }

    [Fact]
    public void Canonicalizing_twice_changes_nothing()
    {
        var once = UrlCanonicalizer.Canonicalize(new Uri("https://m.site.example/a/amp/?b=2&a=1&utm_x=1"));

        Assert.Equal(once, UrlCanonicalizer.Canonicalize(once));
    }
}
