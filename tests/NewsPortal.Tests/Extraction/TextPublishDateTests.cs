using NewsPortal.Extraction;
using NewsPortal.Model;

namespace NewsPortal.Tests.Extraction;

/// <summary>Publish dates of pages saved as text, in the forms Arabic news pages write them.</summary>
public class TextPublishDateTests
{
    private const string Title = "وفد روسي يصل إلى بيونغ يانغ لبحث التعاون الاقتصادي";
    private const string Lede = "وصل وفد حكومي روسي إلى العاصمة الكورية الشمالية في زيارة تستمر ثلاثة أيام يبحث خلالها مشاريع النقل والطاقة.";

    private readonly SeedTextParser parser = new();

    private ParsedArticle Page(string header, string lede = Lede) => parser.Parse($"""
        {Title}
        {header}

        {lede}

        وقال مسؤول في الوفد إن المحادثات ستتناول أيضا تبادل الطلاب وإعادة فتح خط الملاحة البحرية بين البلدين.
        """);

    [Theory]
    [InlineData("السبت 06/أغسطس/2022 - 11:13 ص", 2022, 8, 6)]
    [InlineData("28 مايو 2022 02:07", 2022, 5, 28)]
    [InlineData("5-5-2024 | 11:32", 2024, 5, 5)]
    [InlineData("Sep 13, 2023", 2023, 9, 13)]
    [InlineData("الأربعاء ١٤ فبراير ٢٠٢٤ - ٠٩:٣٠ بتوقيت غرينتش", 2024, 2, 14)]
    [InlineData("2023.11.07", 2023, 11, 7)]
    [InlineData("07.11.2023 | 18:05", 2023, 11, 7)]
    [InlineData("2023/11/07 - 18:05", 2023, 11, 7)]
    [InlineData("الجمعة 3 أيار/مايو 2024", 2024, 5, 3)]
    [InlineData("12 تشرين الثاني 2023    قراءة 310", 2023, 11, 12)]
    public void A_date_line_under_the_headline_is_the_publish_date(string line, int year, int month, int day)
    {
        var article = Page(line);

        Assert.Equal(new DateOnly(year, month, day), article.Published);
        Assert.Equal(PublishDateSource.TextLine, article.PublishedFrom);
        Assert.DoesNotContain(line, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aggregator_header_line_gives_the_publisher_and_date_and_the_article_goes_on()
    {
        var article = Page("المصدر: وكالة الأنباء اليومية | الاثنين 13 كانون الثاني 2025");

        Assert.Equal(new DateOnly(2025, 1, 13), article.Published);
        Assert.Equal("وكالة الأنباء اليومية", article.Publisher);
        Assert.StartsWith("وصل وفد حكومي روسي", article.Body, StringComparison.Ordinal);
        Assert.Contains("تبادل الطلاب", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_opening_the_first_paragraph_dates_the_article()
    {
        var article = Page("", "فلاديفوستوك، روسيا 25 أبريل 2019 / التقى الرئيس الروسي نظيره الكوري الشمالي في جامعة الشرق الأقصى وبحثا ملفات التعاون.");

        Assert.Equal(new DateOnly(2019, 4, 25), article.Published);
        Assert.Equal(PublishDateSource.Dateline, article.PublishedFrom);
    }

    [Theory]
    [InlineData("أعلنت وزارة الخارجية اليوم الخميس 28 مارس 2024 أن وفدا سيزور بيونغ يانغ الأسبوع المقبل لبحث التعاون.")]
    [InlineData("أعلنت وزارة الخارجية اليوم الخميس (28 مارس/آذار 2024) أن وفدا سيزور بيونغ يانغ الأسبوع المقبل لبحث التعاون.")]
    public void Today_with_a_weekday_and_a_date_in_the_opening_sentence_dates_the_article(string lede)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(2024, 3, 28), article.Published);
        Assert.Equal(PublishDateSource.TextLine, article.PublishedFrom);
    }

    [Fact]
    public void A_weekday_and_a_day_without_year_take_the_one_year_the_article_allows()
    {
        // 18 June is a Wednesday in 2025, not in 2024 (the year the text names) nor 2023.
        var article = Page("", "ذكرت وسائل الإعلام الرسمية اليوم الأربعاء الموافق 18 يونيو أن الجانبين احتفلا بمرور عام على معاهدة يونيو 2024.");

        Assert.Equal(new DateOnly(2025, 6, 18), article.Published);
        Assert.Equal(PublishDateSource.InferredFromWeekday, article.PublishedFrom);
    }

    [Fact]
    public void A_weekday_and_a_day_that_fit_several_years_stay_unknown()
    {
        // Text names 2014 and 2025: 18 June was a Wednesday in both.
        var article = Page("", "ذكرت وسائل الإعلام الرسمية اليوم الأربعاء الموافق 18 يونيو أن التعاون بدأ عام 2014 وتوسع منذ 2025 في مجالات عدة.");

        Assert.Null(article.Published);
        Assert.Contains(article.Warnings, w => w.Contains("more than one year", StringComparison.Ordinal));
    }

    [Fact]
    public void A_labelled_publish_line_wins_over_an_updated_line()
    {
        var article = Page("آخر تحديث 27-04-2019 | 00:03\nنشر في 26-04-2019");

        Assert.Equal(new DateOnly(2019, 4, 26), article.Published);
    }

    [Fact]
    public void A_hijri_date_line_is_converted_to_the_gregorian_day()
    {
        // 11 Rabi al-Awwal 1446 is 14 September 2024 in the Umm al-Qura calendar.
        var article = Page("الموقع الإخباري – متابعات – 11 ربيع الأول 1446هـ");

        Assert.Equal(new DateOnly(2024, 9, 14), article.Published);
    }

    [Fact]
    public void A_source_url_with_a_date_dates_an_article_that_states_none()
    {
        var article = Page("https://news.example/20250812/delegation-1234.html");

        Assert.Equal(new DateOnly(2025, 8, 12), article.Published);
        Assert.Equal(PublishDateSource.Url, article.PublishedFrom);
    }

    [Theory]
    [InlineData("تاريخ النشر: 31 فبراير 2024", "no day 31")]
    [InlineData("تاريخ النشر: الاثنين 14 فبراير 2024", "contradicts")]
    [InlineData("تاريخ النشر: 3 مارس 2099", "future")]
    [InlineData("تاريخ النشر: 01/01/1970", "older")]
    public void An_impossible_publish_date_is_refused_with_its_reason(string line, string reason)
    {
        var article = Page(line);

        Assert.Null(article.Published);
        Assert.Equal(PublishDateSource.Unknown, article.PublishedFrom);
        Assert.Contains(article.Warnings, w => w.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_whose_dates_are_all_in_the_future_has_no_publish_date()
    {
        var article = Page("الخميس 2 مارس 2090", "أعلنت الوزارة اليوم الجمعة 3 مارس 2090 عن خطة جديدة لبحث التعاون بين البلدين في مجالات عدة.");

        Assert.Null(article.Published);
        Assert.Contains(article.Warnings, w => w.Contains("future", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_date_above_the_headline_is_a_masthead_and_not_the_publish_date()
    {
        var article = parser.Parse($"""
            الأحد 24 نوفمبر 2024
            {Title}

            {Lede}
            """);

        Assert.Null(article.Published);
        Assert.Contains(article.Warnings, w => w.Contains("masthead", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("التقى الرئيسان، الخميس 25 أبريل/نيسان 2019، في أول اجتماع بينهما منذ سنوات وبحثا ملفات التعاون.", 2019, 4, 25)]
    [InlineData("قالت الحكومة، السبت 11 يناير 2025، إنها تحقق في هوية جنديين أسرا خلال المعارك.", 2025, 1, 11)]
    [InlineData("كييف - قالت الحكومة، السبت11يناير2025، إنها تحقق في هوية جنديين أسرا خلال المعارك.", 2025, 1, 11)]
    public void A_weekday_and_full_date_in_the_leads_first_sentence_is_the_news_day(string lede, int year, int month, int day)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(year, month, day), article.Published);
        Assert.Equal(PublishDateSource.TextLine, article.PublishedFrom);
    }

    [Theory]
    [InlineData("وقع البلدان، الخميس 25 أبريل 2019، اتفاقا ما زال العمل به جاريا حتى اليوم كما أكد الوزير في 2024.")]
    [InlineData("التقى الرئيسان في 25 أبريل 2019 في أول اجتماع بينهما منذ سنوات وبحثا ملفات التعاون.")]
    [InlineData("بحث الوفدان ملفات التعاون. وكان الرئيسان قد التقيا، الخميس 25 أبريل 2019، في أول اجتماع بينهما.")]
    public void A_lead_date_without_a_weekday_outside_the_first_sentence_or_in_a_text_looking_back_is_not_the_news_day(string lede)
    {
        var article = Page("", lede);

        Assert.Null(article.Published);
    }
}
