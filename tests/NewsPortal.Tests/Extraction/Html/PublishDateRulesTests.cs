using System.Text;
using AngleSharp.Html.Parser;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Extraction.Html;

/// <summary>
/// How the publish-date finder weighs conflicting sources on a page: the newsroom's own day, the
/// original over an update, furniture ignored, script data as the last resort, and dates that
/// cannot be right refused with a reason. Pages are written for these tests.
/// </summary>
public sealed class PublishDateRulesTests
{
    private static PageDates Find(string html, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        return new PublishDateSources().Find(document, JsonLd.Read(document), url is null ? null : new Uri(url));
    }

    private static string? Day(string html, string? url = null) => Find(html, url).Published?.Value.ToString("yyyy-MM-dd");

    [Fact]
    public void A_utc_timestamp_just_before_midnight_takes_the_local_day_the_page_shows()
    {
        var html = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T23:20:00Z"}</script>
            <h1>Council approves the new budget after a long night</h1>
            <span itemprop="datePublished" content="2021-03-05"></span>
            <div class="post-date">5 March 2021</div>
            """;

        Assert.Equal("2021-03-05", Day(html));
    }

    [Fact]
    public void A_utc_timestamp_just_after_midnight_takes_the_previous_local_day_when_url_and_dateline_agree()
    {
        var html = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-05T02:10:00+00:00"}</script>
            <h1>Council approves the new budget after a long night</h1>
            <div class="post-date">March 4, 2021</div>
            """;

        Assert.Equal("2021-03-04", Day(html, "https://paper.example/2021/03/04/council-budget/"));
    }

    [Fact]
    public void A_utc_timestamp_near_midnight_keeps_its_day_when_the_page_also_shows_that_day()
    {
        var html = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T23:20:00Z"}</script>
            <h1>Council approves the new budget after a long night</h1>
            <div class="post-date">4 March 2021</div>
            <span itemprop="datePublished" content="2021-03-05"></span>
            """;

        Assert.Equal("2021-03-04", Day(html));
    }

    [Fact]
    public void A_timestamp_with_the_newsrooms_offset_is_never_moved()
    {
        var html = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T23:20:00+03:00"}</script>
            <h1>Council approves the new budget after a long night</h1>
            <span itemprop="datePublished" content="2021-03-05"></span>
            <div class="post-date">5 March 2021</div>
            """;

        Assert.Equal("2021-03-04", Day(html));
    }

    [Fact]
    public void A_url_date_days_before_the_metadata_is_the_original_publication()
    {
        var found = Find(
            """<meta property="article:published_time" content="2021-06-20T09:00:00+02:00"><h1>Festival returns to the old harbour</h1>""",
            "https://paper.example/culture/2021/06/12/festival-harbour");

        Assert.Equal("2021-06-12", found.Published!.Value.ToString("yyyy-MM-dd"));
        Assert.StartsWith("url", found.Published.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_date_one_day_off_the_metadata_leaves_the_metadata()
    {
        Assert.Equal("2021-06-13", Day(
            """<meta property="article:published_time" content="2021-06-13T09:00:00+02:00">""",
            "https://paper.example/2021/06/12/festival-harbour"));
    }

    [Fact]
    public void Time_elements_in_related_lists_comments_sidebars_and_the_page_footer_are_not_the_article_date()
    {
        var html = """
            <aside><time datetime="2019-01-01T10:00:00Z">1 Jan</time></aside>
            <div class="related-posts"><time datetime="2019-02-02T10:00:00Z">2 Feb</time></div>
            <h1>Fishermen return to the bay after the storm</h1>
            <div class="comments"><time datetime="2019-03-03T10:00:00Z">3 Mar</time></div>
            <footer><time datetime="2019-04-04T10:00:00Z">4 Apr</time></footer>
            """;

        Assert.Null(Find(html).Published);
        Assert.Equal("2019-05-05", Day(html.Replace("<h1>", "<time datetime=\"2019-05-05T10:00:00Z\">5 May</time><h1>")));
    }

    [Fact]
    public void A_time_marked_as_the_publication_comes_before_an_earlier_unmarked_one()
    {
        var html = """
            <div class="ticker"><time datetime="2019-01-01T10:00:00Z">1 Jan</time></div>
            <h1>Fishermen return to the bay after the storm</h1>
            <time class="published" datetime="2019-05-05T10:00:00Z">5 May</time>
            """;

        Assert.Equal("2019-05-05", Day(html));
    }

    [Fact]
    public void An_articles_own_footer_still_dates_it()
    {
        Assert.Equal("2019-05-05", Day("""
            <article><h1>Fishermen return to the bay after the storm</h1><p>Text.</p>
            <footer class="entry-footer">Posted <time datetime="2019-05-05T10:00:00Z">5 May</time></footer></article>
            """));
    }

    [Theory]
    [InlineData("<script>var page = {\"publishedAt\":\"2020-04-17T01:43:09+08:00\",\"id\":7};</script>", "2020-04-17", "script publishedAt")]
    [InlineData("<script>window.meta = { pubDate: 1587087789 };</script>", "2020-04-17", "script pubDate")]
    [InlineData("<td><script>showDate(\"2020/04/17 01:43:09\")</script></td>", "2020-04-17", "script date")]
    public void A_page_that_renders_its_date_with_script_is_dated_from_the_script(string html, string day, string source)
    {
        var found = Find("<h1>Market opens early</h1>" + html);

        Assert.Equal(day, found.Published!.Value.ToString("yyyy-MM-dd"));
        Assert.Equal(source, found.Published.Source);
    }

    [Theory]
    [InlineData("<html><head><script>var serverTime = \"2020-04-17 01:43:09\";</script></head><body><h1>Market opens early</h1></body></html>")]
    [InlineData("<html><body><h1>Market opens early</h1><script>var built = \"2020-04-17T01:43:09\"; track(built);</script></body></html>")]
    public void A_bare_timestamp_in_a_script_is_a_server_clock_not_a_publish_date(string html)
    {
        Assert.Null(Find(html).Published);
    }

    [Fact]
    public void A_script_date_never_beats_a_visible_one()
    {
        Assert.Equal("2020-05-01", Day("<h1>Market opens early</h1><div class=\"date\">1 May 2020</div><script>x(\"2020/04/17 01:43\")</script>"));
    }

    [Theory]
    [InlineData("17 апреля 2020")]
    [InlineData("17 квітня 2020")]
    [InlineData("17 Nisan 2020")]
    [InlineData("17 kwietnia 2020")]
    [InlineData("17. dubna 2020")]
    [InlineData("17 aprilie 2020")]
    [InlineData("17 April 2020")]
    public void Month_names_of_more_languages_parse(string text)
    {
        Assert.True(DateValue.TryParse(text, out var value));
        Assert.Equal(new DateTimeOffset(2020, 4, 17, 0, 0, 0, TimeSpan.Zero), value);
    }

    [Fact]
    public void A_long_polish_month_name_parses()
    {
        Assert.True(DateValue.TryParse("17 października 2020", out var value));
        Assert.Equal(10, value.Month);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2099-05-01T10:00:00Z\">", "future")]
    [InlineData("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">", "before 1995")]
    [InlineData("<meta name=\"pubdate\" content=\"0000000000\">", "before 1995")]
    [InlineData("<h1>الوزير يصل إلى العاصمة</h1><span class=\"stamp\" data-timestamp=\"0000000000\">منذ ساعتين</span>", "before 1995")]
    [InlineData("<meta name=\"date\" content=\"2021-02-31\">", "month that has 28 days")]
    [InlineData("<meta name=\"date\" content=\"31.02.2020\">", "month that has 29 days")]
    [InlineData("<meta name=\"date\" content=\"Tue, 15 Jan 2020\">", "names a Tuesday but 2020-01-15 is a Wednesday")]
    public void A_date_that_cannot_be_the_publish_date_is_refused_with_its_reason(string html, string reason)
    {
        var found = Find(html);

        Assert.Null(found.Published);
        Assert.Contains(found.Refused, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_whose_dates_are_all_in_the_future_has_no_publish_date_and_says_why()
    {
        var found = Find("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2097-01-02T10:00:00Z"}</script>
            <h1>Plans for the next century</h1>
            <time datetime="2098-03-04T10:00:00Z">4 March 2098</time>
            """, "https://paper.example/2096/05/06/plans");

        Assert.Null(found.Published);
        Assert.True(found.Refused.Count >= 3, string.Join("; ", found.Refused));
        Assert.All(found.Refused, r => Assert.Contains("future", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_metadata_date_falls_through_to_the_next_source_and_is_logged_as_a_warning()
    {
        var page = """
            <html><head><meta property="article:published_time" content="1970-01-01T00:00:00Z"></head>
            <body><article><h1>Fishermen return to the bay after the storm</h1>
            <time datetime="2021-07-08T06:00:00+01:00">8 July 2021</time>
            <p>The boats came back one by one on Thursday morning, after three days at anchor behind the cape while the wind turned.</p>
            <p>Harbour staff counted every crew in and said no one was hurt, though two nets were lost and one mast cracked.</p>
            <p>The market reopens tomorrow, and the first catch is expected to be small but welcome after the long wait.</p>
            </article></body></html>
            """;

        var read = new PageReader(new SeedTextParser(), new HtmlArticleExtractor())
            .Read(Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", new Uri("https://paper.example/fishermen"));

        Assert.Equal(new DateOnly(2021, 7, 8), read.Article!.Published);
        Assert.Equal(PublishDateSource.PageMetadata, read.Article.PublishedFrom);
        Assert.Contains(read.Article.Warnings, w => w.Contains("before 1995", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_taken_from_the_url_is_recorded_as_from_the_url()
    {
        var page = """
            <html><body><article><h1>Fishermen return to the bay after the storm</h1>
            <p>The boats came back one by one on Thursday morning, after three days at anchor behind the cape while the wind turned.</p>
            <p>Harbour staff counted every crew in and said no one was hurt, though two nets were lost and one mast cracked.</p>
            </article></body></html>
            """;

        var read = new PageReader(new SeedTextParser(), new HtmlArticleExtractor())
            .Read(Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", new Uri("https://paper.example/2021/07/08/fishermen"));

        Assert.Equal(new DateOnly(2021, 7, 8), read.Article!.Published);
        Assert.Equal(PublishDateSource.Url, read.Article.PublishedFrom);
    }

    [Theory]
    [InlineData("<span class=\"timeago\" data-time=\"2024-06-19 10:20:00\">منذ ساعتين</span>")]
    [InlineData("<span class=\"stamp\" data-timestamp=\"1718792400\">3h</span>")]
    [InlineData("<a class=\"permalink\"><span data-time-ms=\"1718792400000\">Jun 19</span></a>")]
    public void A_date_shown_relative_or_by_script_is_read_from_its_machine_timestamp(string stamp)
    {
        var html = $"<h1>الوفد يصل إلى العاصمة في زيارة رسمية</h1>{stamp}<p>قال المتحدث إن الزيارة تستمر يومين.</p>";

        var found = Find(html).Published;

        Assert.Equal("2024-06-19", found?.Value.ToString("yyyy-MM-dd"));
        Assert.Equal("data timestamp", found?.Source);
    }

    [Fact]
    public void A_machine_timestamp_in_a_related_list_or_marked_as_modified_is_not_the_publication()
    {
        var html = """
            <div class="related-news"><span class="timeago" data-time="2024-06-25 08:00:00">منذ يوم</span></div>
            <h1>الوفد يصل إلى العاصمة في زيارة رسمية</h1>
            <span itemprop="dateModified" data-timestamp="1719302400">عُدّل</span>
            <span class="timeago" data-time="2024-06-19 10:20:00">منذ أسبوع</span>
            """;

        Assert.Equal("2024-06-19", Day(html));
    }

    [Fact]
    public void A_machine_timestamp_in_a_data_attribute_gives_way_to_the_pages_metadata()
    {
        var html = """
            <meta property="article:published_time" content="2024-06-18T21:00:00+03:00">
            <h1>الوفد يصل إلى العاصمة في زيارة رسمية</h1>
            <span class="timeago" data-time="2024-06-19 10:20:00">منذ ساعتين</span>
            """;

        Assert.Equal("2024-06-18", Day(html));
    }
}
