using System.Text;
using AngleSharp.Html.Parser;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Model;
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

    /// <summary>
    /// Where the date came from is a value set where it was found, not guessed from the source's
    /// name afterwards (JSON-LD too broken to parse was taken for visible text by its "text" name).
    /// </summary>
    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-13T08:30:00+03:00\",</script>", null, PublishDateSource.PageMetadata)]
    [InlineData("<meta property=\"article:published_time\" content=\"2023-09-13T08:30:00Z\">", null, PublishDateSource.PageMetadata)]
    [InlineData("<time datetime=\"2023-09-13T08:30\">الأربعاء</time>", null, PublishDateSource.PageMetadata)]
    [InlineData("", "https://site.example/2023/09/13/story", PublishDateSource.Url)]
    [InlineData("<span class=\"date\">الأربعاء 13 أيلول 2023</span>", null, PublishDateSource.Dateline)]
    public void The_stored_article_says_what_kind_of_source_dated_it(string dateHtml, string? url, PublishDateSource expected)
    {
        var page = $"""
            <html><head><title>وفد كوري شمالي في موسكو</title>{(dateHtml.StartsWith("<span", StringComparison.Ordinal) ? "" : dateHtml)}</head>
            <body><h1>وفد كوري شمالي في موسكو</h1>{(dateHtml.StartsWith("<span", StringComparison.Ordinal) ? dateHtml : "")}
            <article><p>وصل وفد من كوريا الشمالية إلى العاصمة الروسية في زيارة تستمر ثلاثة أيام لبحث التعاون بين البلدين في مجالات عدة.</p>
            <p>وقال مسؤول في وزارة الخارجية إن الجانبين سيناقشان ملفات الطاقة والنقل والتبادل التجاري خلال اللقاءات المقررة.</p></article></body></html>
            """;
        var read = new PageReader(new SeedTextParser(), new HtmlArticleExtractor())
            .Read(Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", new Uri(url ?? "https://site.example/story"));

        Assert.Equal(new DateOnly(2023, 9, 13), read.Article!.Published);
        Assert.Equal(expected, read.Article.PublishedFrom);
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
