using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Extraction.Html;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private static void AssertWholeBody(ExtractedArticle article)
    {
        foreach (var paragraph in TestPages.Paragraphs)
        {
            Assert.Contains(paragraph, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wordpress_post_gives_its_body_without_share_bar_tags_related_posts_or_sidebar()
    {
        var article = Extractor.Extract(TestPages.WordPress, new Uri("https://almashriq.example/2024/03/05/north-korea-delegation/"));

        AssertWholeBody(article);
        Assert.Equal(TestPages.Paragraphs.Length, article.Paragraphs.Count);
        Assert.Equal(TestPages.Title, article.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 15, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(TimeSpan.FromHours(3), article.Published!.Value.Offset);
        Assert.Equal("سارة العلي", article.Author);
        Assert.Equal("صحيفة المشرق", article.Publisher);
        Assert.Equal("https://almashriq.example/2024/03/05/north-korea-delegation/", article.CanonicalUrl!.AbsoluteUri);
    }

    [Fact]
    public void A_json_ld_news_page_gives_headline_dates_authors_and_publisher_from_its_graph()
    {
        var article = Extractor.Extract(TestPages.JsonLdNews, new Uri("https://akhbar.example/news/12345?utm_source=x"));

        AssertWholeBody(article);
        Assert.DoesNotContain("صورة أرشيفية", article.Body);
        Assert.DoesNotContain("النشرة البريدية", article.Body);
        Assert.DoesNotContain("تعليق", article.Body);
        Assert.Equal(TestPages.Title, article.Title);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 8, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 12, 0, 0, TimeSpan.FromHours(3)), article.Modified);
        Assert.Equal("أحمد منصور", article.Author);
        Assert.Equal("أخبار الشرق", article.Publisher);
        Assert.Equal("https://akhbar.example/news/12345", article.CanonicalUrl!.AbsoluteUri);
        Assert.Equal("https://akhbar.example/img/lead.jpg", article.LeadImage!.AbsoluteUri);
    }

    [Fact]
    public void An_amp_page_gives_its_body_and_points_to_the_regular_page()
    {
        var article = Extractor.Extract(TestPages.Amp, new Uri("https://www.sharq.example/world/2024/01/20/dprk-russia/amp"));

        AssertWholeBody(article);
        Assert.DoesNotContain("رياضة", article.Body);
        Assert.Equal("https://www.sharq.example/world/2024/01/20/dprk-russia", article.CanonicalUrl!.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 1, 20, 6, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("فريق التحرير", article.Author);
    }

    [Fact]
    public void A_windows_1256_page_without_a_declared_charset_is_read_as_arabic()
    {
        var (html, encoding) = CharsetDetector.Decode(TestPages.Windows1256WithoutCharset);
        var article = Extractor.Extract(html, new Uri("http://old.example/story.asp?id=7"));

        Assert.Equal(1256, encoding.CodePage);
        AssertWholeBody(article);
        Assert.Equal("ar", article.Language);
        Assert.Equal("rtl", article.Direction);
    }

    [Fact]
    public void Share_buttons_are_known_by_where_they_point_even_without_a_telling_class()
    {
        var html = $"""
            <html><body><article><h1>{TestPages.Title}</h1>{TestPages.Body}
            <div class="x1"><a href="https://wa.me/?text=abc">واتساب</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">فيسبوك</a>
            <a href="https://t.me/share/url?url=x">تلغرام</a> شارك</div>
            <p>{TestPages.Paragraphs[0]} <a href="https://twitter.com/intent/tweet?text=x">تغريد</a></p>
            </article></body></html>
            """;

        var article = Extractor.Extract(html, new Uri("https://site.example/a"));

        AssertWholeBody(article);
        foreach (var word in new[] { "واتساب", "فيسبوك", "تلغرام", "تغريد" })
        {
            Assert.DoesNotContain(word, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Language_comes_from_the_text_not_from_a_wrong_lang_attribute()
    {
        var article = Extractor.Extract(TestPages.WordPress, null);

        Assert.Equal("ar", article.Language);
        Assert.Equal("rtl", article.Direction);
    }

    [Fact]
    public void A_page_with_no_article_gives_an_empty_body_and_no_exception()
    {
        var article = Extractor.Extract(TestPages.NoArticle, new Uri("https://akhbar.example/"));

        Assert.False(article.HasBody);
        Assert.Equal("الصفحة الرئيسية", article.Title);
    }

    [Fact]
    public void Hostile_markup_never_reaches_the_text()
    {
        var article = Extractor.Extract(TestPages.Hostile, new Uri("https://evil.example/a"));

        AssertWholeBody(article);
        foreach (var marker in TestPages.HostileMarkers)
        {
            Assert.DoesNotContain(marker, article.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("<<<<>>>>")]
    [InlineData("<html><body><p>")]
    [InlineData("<script type='application/ld+json'>{not json</script>")]
    [InlineData("<script type='application/ld+json'>[1, \"x\", {\"@type\": 5, \"author\": [\"A\", 7, {\"@type\": [\"Person\"]}], \"datePublished\": {}}]</script>")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":\"B\",\"publisher\":[],\"headline\":null,\"@graph\":\"x\"}</script>")]
    public void Broken_markup_gives_a_result_not_an_exception(string html)
    {
        var article = Extractor.Extract(html, null);

        Assert.NotNull(article);
    }

    [Fact]
    public void Deeply_nested_markup_is_read_without_exhausting_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + TestPages.Body
            + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";

        var article = Extractor.Extract(html, null);

        Assert.Contains(TestPages.Paragraphs[0], article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines()
    {
        var article = Extractor.Extract(TestPages.JsonLdNews, null);

        Assert.Equal(string.Join("\n\n", article.Paragraphs), article.Body);
    }

    [Fact]
    public void A_publisher_profile_picks_the_body_and_drops_its_furniture()
    {
        var profile = PublisherProfiles.Parse("""
            { "hosts": ["akhbar.example"], "bodySelector": ".article-body", "dropSelectors": ["figure"] }
            """);
        var extractor = new HtmlArticleExtractor(new PublisherProfiles([profile]), new PublishDateSources(), null);

        var article = extractor.Extract(TestPages.JsonLdNews, new Uri("https://www.akhbar.example/news/1"));

        AssertWholeBody(article);
        Assert.DoesNotContain("صورة أرشيفية", article.Body);
    }

    [Fact]
    public void Profiles_in_a_folder_load_beside_the_shipped_ones_and_match_subdomains()
    {
        var folder = Directory.CreateTempSubdirectory("profiles-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "akhbar.json"), """
                // Layout hint for one site.
                { "hosts": ["akhbar.example"], "bodySelector": ".article-body", "dateSelector": "time", }
                """);

            var profiles = PublisherProfiles.Load(folder);

            var profile = profiles.For(new Uri("https://news.akhbar.example/x"));
            Assert.NotNull(profile);
            Assert.Equal(".article-body", profile.BodySelector);
            Assert.Null(profiles.For(new Uri("https://notakhbar.example/x")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }}
