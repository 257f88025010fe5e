using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

public sealed class FeedReaderTests
{
    private static readonly Uri FeedUrl = new("https://akhbar.example/rss");

    [Fact]
    public void An_rss_feed_gives_absolute_links_titles_and_dates()
    {
        var result = FeedReader.Read(TestSite.Feed, FeedUrl);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("أخبار الشرق", result.Title);
        Assert.Equal(2, result.Items.Count);
        Assert.Equal("https://akhbar.example/news/jsonld", result.Items[0].Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 8, 30, 0, TimeSpan.FromHours(3)), result.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 0, 0, 0, TimeSpan.Zero), result.Items[1].Published);
    }

    [Fact]
    public void An_atom_feed_is_read()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
            <entry><title>Story</title><id>urn:1</id><link rel="alternate" href="https://site.example/story/1"/>
            <published>2024-01-20T06:00:00Z</published><updated>2024-01-21T06:00:00Z</updated></entry></feed>
            """;

        var result = FeedReader.Read(atom, null);

        Assert.Equal("https://site.example/story/1", Assert.Single(result.Items).Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 1, 20, 6, 0, 0, TimeSpan.Zero), result.Items[0].Published);
    }

    [Fact]
    public void A_feed_with_junk_before_the_prolog_bare_ampersands_and_html_entities_is_still_read()
    {
        const string broken = "\n\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A & B&nbsp;News</title>"
            + "<item><title>Q&A: talks&hellip;</title><link>https://site.example/a?x=1&y=2</link><pubDate>not a date</pubDate></item>"
            + "</channel></rss>";

        var result = FeedReader.Read(broken, null);

        Assert.True(result.IsSuccess, result.Error);
        var item = Assert.Single(result.Items);
        Assert.Equal("https://site.example/a?x=1&y=2", item.Url.AbsoluteUri);
        Assert.Equal("Q&A: talks…", item.Title);
        Assert.Null(item.Published);
    }

    [Fact]
    public void An_rss_1_0_rdf_feed_is_read()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://site.example/"><title>RDF News</title></channel>
            <item rdf:about="https://site.example/1"><title>One</title><link>https://site.example/1</link><dc:date>2024-02-02</dc:date></item>
            </rdf:RDF>
            """;

        var result = FeedReader.Read(rdf, null);

        Assert.Equal("https://site.example/1", Assert.Single(result.Items).Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 2, 2, 0, 0, 0, TimeSpan.Zero), result.Items[0].Published);
    }

    [Fact]
    public void Text_that_is_not_a_feed_gives_an_error_not_an_exception()
    {
        var result = FeedReader.Read("<html><body><p>not a feed", null);

        Assert.Empty(result.Items);
    }

    [Fact]
    public void A_page_advertises_its_feeds_in_link_alternate_tags()
    {
        const string html = """
            <html><head><link rel="alternate" type="application/rss+xml" href="/rss/world.xml">
            <link rel="alternate" type="application/atom+xml" href="https://cdn.site.example/atom">
            <link rel="alternate" hreflang="en" href="/en/"><link rel="stylesheet" href="/a.css"></head></html>
            """;

        var feeds = FeedReader.FindFeedLinks(html, new Uri("https://site.example/news/1"));

        Assert.Equal(["https://site.example/rss/world.xml", "https://cdn.site.example/atom"], feeds.Select(f => f.AbsoluteUri));
    }
}
