using AngleSharp.Html.Parser;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Extraction.Html;

public sealed class PublishDateSourcesTests
{
    private static DateFinding? Published(string html, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        return new PublishDateSources().Find(document, JsonLd.Read(document), url is null ? null : new Uri(url)).Published;
    }

    [Fact]
    public void Json_ld_in_a_graph_comes_first_and_keeps_its_offset()
    {
        var found = Published("""
            <meta property="article:published_time" content="2020-01-01T00:00:00Z">
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-09-13T08:30:00+03:00"}]}</script>
            """);

        Assert.Equal(new DateTimeOffset(2023, 9, 13, 8, 30, 0, TimeSpan.FromHours(3)), found!.Value);
        Assert.Equal(TimeSpan.FromHours(3), found.Value.Offset);
    }

    [Fact]
    public void A_source_that_does_not_parse_falls_through_to_the_next()
    {
        var found = Published("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"sometime"}</script>
            <meta name="parsely-pub-date" content="2021-05-06T07:08:09Z">
            """);

        Assert.Equal(new DateTimeOffset(2021, 5, 6, 7, 8, 9, TimeSpan.Zero), found!.Value);
        Assert.Equal("meta parsely-pub-date", found.Source);
    }

    [Theory]
    [InlineData("<meta name=\"pubdate\" content=\"20190413\">", "2019-04-13")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2019-04-13\">", "2019-04-13")]
    [InlineData("<meta name=\"sailthru.date\" content=\"Sat, 13 Apr 2019 10:00:00 -0400\">", "2019-04-13")]
    [InlineData("<span itemprop=\"datePublished\" content=\"2019-04-13T22:00:00+02:00\"></span>", "2019-04-13")]
    [InlineData("<time datetime=\"2019-04-13T09:00\">Saturday</time>", "2019-04-13")]
    public void Meta_itemprop_and_time_elements_are_read(string html, string expected)
    {
        Assert.Equal(expected, Published(html)!.Value.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_date_in_the_url_is_used_when_the_page_has_none()
    {
        Assert.Equal("2023-09-13", Published("<p>text</p>", "https://site.example/2023/09/13/story")!.Value.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("<div class=\"article-date\">نشر في ١٣ سبتمبر ٢٠٢٣</div>", "2023-09-13")]
    [InlineData("<span class=\"date\">الأربعاء 13 أيلول 2023</span>", "2023-09-13")]
    public void An_arabic_dateline_is_read_with_either_month_series_and_arabic_indic_digits(string html, string expected)
    {
        Assert.Equal(expected, Published(html)!.Value.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_page_without_any_date_has_none()
    {
        Assert.Null(Published("<p>no date here</p>", "https://site.example/story"));
    }

    [Theory]
    [InlineData("2023-09-13T08:30:00+0300", "2023-09-13T08:30:00+03:00")]
    [InlineData("Wed, 13 Sep 2023 08:30:00 GMT", "2023-09-13T08:30:00+00:00")]
    [InlineData("Wed, 13 Sep 2023 08:30:00 EDT", "2023-09-13T08:30:00-04:00")]
    [InlineData("1694593800", "2023-09-13T08:30:00+00:00")]
    [InlineData("September 13, 2023", "2023-09-13T00:00:00+00:00")]
    [InlineData("13.09.2023", "2023-09-13T00:00:00+00:00")]
    public void Machine_date_formats_parse(string text, string expected)
    {
        Assert.True(DateValue.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1899-01-01")]
    [InlineData("2999-01-01")]
    [InlineData("31.02.2020")]
    public void Non_dates_and_implausible_dates_are_refused(string text)
    {
        Assert.False(DateValue.TryParse(text, out _));
    }
}
