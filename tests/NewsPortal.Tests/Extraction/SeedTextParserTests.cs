using NewsPortal.Extraction;
using NewsPortal.Model;

namespace NewsPortal.Tests.Extraction;

public class SeedTextParserTests
{
    private readonly SeedTextParser parser = new();

    [Fact]
    public void A_publisher_line_with_a_scrape_time_gives_the_publisher_and_fetch_time_not_the_publish_date()
    {
        var page = """
            الأخبار اليومية:
            2024-03-02@10:15:00 GMT

            موسكو تستقبل وفدا عسكريا من بيونغ يانغ

            وصل وفد عسكري كوري شمالي إلى موسكو اليوم في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها مسؤولين في وزارة الدفاع.
            """;

        var article = parser.Parse(page);

        Assert.Equal("الأخبار اليومية", article.Publisher);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 10, 15, 0, TimeSpan.Zero), article.FetchedAt);
        Assert.Equal("موسكو تستقبل وفدا عسكريا من بيونغ يانغ", article.Title);
        Assert.Null(article.Published);
        Assert.Equal(PublishDateSource.Unknown, article.PublishedFrom);
    }

    [Theory]
    [InlineData("تاريخ النشر: 2nd, March 2024 GMT", 2024, 3, 2)]
    [InlineData("نشر في: ٢ آذار ٢٠٢٤", 2024, 3, 2)]
    [InlineData("تاريخ النشر: 2 مارس 2024", 2024, 3, 2)]
    [InlineData("Published: 2024-03-02", 2024, 3, 2)]
    public void A_labelled_publish_date_line_sets_the_date(string line, int year, int month, int day)
    {
        var page = $"""
            موسكو تستقبل وفدا عسكريا من بيونغ يانغ

            {line}

            وصل وفد عسكري كوري شمالي إلى موسكو في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها مسؤولين في وزارة الدفاع.
            """;

        var article = parser.Parse(page);

        Assert.Equal(new DateOnly(year, month, day), article.Published);
        Assert.Equal(PublishDateSource.TextLine, article.PublishedFrom);
        Assert.DoesNotContain("2024", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_a_source_url_and_the_name_above_it_are_metadata_not_body()
    {
        var page = """
            اتفاق جديد بين موسكو وبيونغ يانغ

            Daily Globe

            https://example.org/world/2024/agreement

            بقلم: سارة أحمد

            وقعت روسيا وكوريا الشمالية اتفاقا جديدا للتعاون في مجالات النقل والطاقة خلال اجتماع اللجنة الحكومية المشتركة.
            """;

        var article = parser.Parse(page);

        Assert.Equal("Daily Globe", article.Publisher);
        Assert.Equal("https://example.org/world/2024/agreement", article.Url);
        Assert.Equal("سارة أحمد", article.Author);
        Assert.StartsWith("وقعت روسيا وكوريا الشمالية", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_named_publisher_the_source_url_host_stands_for_it()
    {
        var page = """
            اتفاق جديد بين موسكو وبيونغ يانغ
            https://www.example.net/a/1
            وقعت روسيا وكوريا الشمالية اتفاقا جديدا للتعاون في مجالات النقل والطاقة خلال اجتماع اللجنة الحكومية المشتركة.
            """;

        Assert.Equal("example.net", parser.Parse(page).Publisher);
    }

    [Fact]
    public void Everything_after_a_read_also_heading_is_another_article()
    {
        var page = """
            اتفاق جديد بين موسكو وبيونغ يانغ

            وقعت روسيا وكوريا الشمالية اتفاقا جديدا للتعاون في مجالات النقل والطاقة خلال اجتماع اللجنة الحكومية المشتركة.

            اقرأ أيضا:

            اليابان تحتج على تجربة صاروخية جديدة

            قدمت طوكيو احتجاجا رسميا بعد سقوط صاروخ في المنطقة الاقتصادية الخالصة لليابان فجر اليوم.
            """;

        var article = parser.Parse(page);

        Assert.Contains("اتفاقا جديدا", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("طوكيو", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_title_line_keeps_its_first_paragraph_as_body()
    {
        var page = "\nوصل وزير الخارجية الروسي إلى بيونغ يانغ في زيارة تستمر يومين يبحث خلالها مع نظيره ملفات التعاون الثنائي.\n";

        var article = parser.Parse(page);

        Assert.Equal("", article.Title);
        Assert.StartsWith("وصل وزير الخارجية الروسي", article.Body, StringComparison.Ordinal);
        Assert.Contains(article.Warnings, w => w.Contains("title", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"\"\"«««")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Degenerate_pages_give_an_empty_article_without_throwing(string page)
    {
        var article = parser.Parse(page);

        Assert.Equal("", article.Body);
    }
}
