using NewsPortal.Extraction;
using NewsPortal.Model;

namespace NewsPortal.Tests.Extraction;

/// <summary>
/// More of the ways Arabic news sites state a publish date in text, each written here in our own
/// words: date lines under the headline, datelines and the opening sentence.
/// </summary>
public class TextPublishDateFormsTests
{
    private const string Title = "وزير الخارجية يبحث مع نظيره ملفات التعاون الثنائي";
    private const string Lede = "بحث وزير الخارجية مع نظيره في العاصمة سبل توسيع التعاون في مجالات الطاقة والنقل والتعليم خلال الأعوام المقبلة.";

    private readonly SeedTextParser parser = new();

    private ParsedArticle Page(string header, string lede = Lede) => parser.Parse($"""
        {Title}
        {header}

        {lede}

        وأضاف الوزير أن الجانبين اتفقا على عقد اجتماع للجنة المشتركة قبل نهاية العام لمتابعة ما تم الاتفاق عليه.
        """);

    [Theory]
    [InlineData("نشر في: 19 يونيو ,2024: 10:12 ص بتوقيت غرينتش")]
    [InlineData("الأربعاء 19 يونيو 2024 - 13 ذو الحجة 1445 هـ")]
    [InlineData("13 ذو الحجة 1445 هـ الموافق 19 يونيو 2024 م")]
    [InlineData("يونيو 19, 2024")]
    [InlineData("19 يونيو، 2024")]
    [InlineData("الأربعاء، 19 حزيران 2024 - 10:12 صباحاً")]
    [InlineData("2024-06-19T10:12:00+03:00")]
    [InlineData("Wednesday 19 June 2024")]
    [InlineData("19/6/2024 10:12 م")]
    [InlineData("19 يونيو/حزيران 2024 | 10:12 بتوقيت مكة")]
    [InlineData("الأربعاء 19/يونيو/2024")]
    [InlineData("19 Jun 2024, 10:12 GMT+3")]
    [InlineData("بقلم: سامي العلي - الأربعاء 19 يونيو 2024")]
    [InlineData("الأربعاء 19 يونيو 2024 م")]
    [InlineData("19 حزيران (يونيو) 2024")]
    [InlineData("الأربعاء 2024/6/19 الساعة 10:12 مساء")]
    public void A_date_line_under_the_headline_in_other_site_forms_is_the_publish_date(string line)
    {
        var article = Page(line);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
    }

    [Theory]
    [InlineData("موسكو، 19 يونيو 2024 (الوكالة) - قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    [InlineData("بيونغ يانغ - 19 يونيو 2024: قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    [InlineData("القاهرة في 19 يونيو 2024 /الوكالة/ قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    public void A_dateline_in_agency_forms_dates_the_article(string lede)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Equal(PublishDateSource.Dateline, article.PublishedFrom);
    }

    [Theory]
    [InlineData("أعلنت وزارة الخارجية اليوم (الأربعاء) 19 يونيو 2024 أن وفدا سيزور العاصمة الأسبوع المقبل.")]
    [InlineData("أعلنت وزارة الخارجية اليوم الأربعاء الموافق 19 يونيو 2024 أن وفدا سيزور العاصمة الأسبوع المقبل.")]
    [InlineData("أعلنت وزارة الخارجية صباح اليوم الأربعاء، 19 يونيو/حزيران 2024، أن وفدا سيزور العاصمة الأسبوع المقبل.")]
    [InlineData("قال المتحدث باسم الوزارة في مؤتمر صحفي عقده في العاصمة اليوم الأربعاء 19-6-2024 إن وفدا سيزور البلاد.")]
    public void Today_with_a_date_in_other_forms_dates_the_article(string lede)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Equal(PublishDateSource.TextLine, article.PublishedFrom);
    }

    [Theory]
    [InlineData("أعلنت وزارة الخارجية أمس الثلاثاء 18 يونيو 2024 أن وفدا سيزور العاصمة الأسبوع المقبل.")]
    [InlineData("قال المتحدث باسم الوزارة مساء أمس (الثلاثاء) 18 يونيو/حزيران 2024 إن وفدا سيزور العاصمة الأسبوع المقبل.")]
    public void Yesterday_with_a_weekday_and_a_date_in_the_opening_dates_the_article_the_day_after(string lede)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Equal(PublishDateSource.TextLine, article.PublishedFrom);
    }

    [Fact]
    public void Yesterday_with_a_weekday_that_contradicts_its_date_is_refused_with_the_reason()
    {
        // 18 June 2024 was a Tuesday, not a Monday.
        var article = Page("", "أعلنت وزارة الخارجية أمس الاثنين 18 يونيو 2024 أن وفدا سيزور العاصمة الأسبوع المقبل.");

        Assert.Null(article.Published);
        Assert.Contains(article.Warnings, w => w.Contains("contradicts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dated_archive_photo_caption_under_the_headline_is_not_the_publish_date()
    {
        var article = Page("صورة أرشيفية - موسكو 12 مايو 2019");

        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("الأربعاء 19 . 06 . 2024")]
    [InlineData("19 - 6 - 2024 | 10:12")]
    [InlineData("2024 / 06 / 19")]
    public void A_numeric_date_with_spaces_around_its_separators_is_read(string line)
    {
        var article = Page(line);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
    }

    [Theory]
    [InlineData("الموقع / موسكو / الأربعاء 19 . 06 . 2024 — قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    [InlineData("الموقع - موسكو - 19 يونيو 2024 - قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    public void A_dateline_naming_the_outlet_and_the_city_with_slashes_or_dashes_dates_the_article(string lede)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Equal(PublishDateSource.Dateline, article.PublishedFrom);
    }

    [Theory]
    [InlineData("بيونغ يانغ ـ 19 يونيو 2024 ـ قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    [InlineData("موسكو (الوكالة) 19 يونيو 2024 - قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    [InlineData("موسكو - الوكالة - 19 يونيو 2024: قال وزير الخارجية إن المحادثات مع نظيره تناولت ملفات التعاون كافة.")]
    public void A_dateline_with_a_tatweel_dash_or_the_agency_before_the_date_dates_the_article(string lede)
    {
        var article = Page("", lede);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Equal(PublishDateSource.Dateline, article.PublishedFrom);
    }

    [Theory]
    [InlineData("\u200F19\u200F/06\u200F/2024 10:12")]
    [InlineData("الأربعاء \u200F19 يونيو\u200E 2024")]
    public void A_date_line_with_direction_marks_between_its_parts_is_read(string line)
    {
        // Dates copied from a right-to-left locale carry RLM/LRM marks between day, month and year.
        var article = Page(line);

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
    }

    private ParsedArticle WithTweet(string lede) => parser.Parse($"""
        {Title}
        {lede}

        Министр talks begin in the capital pic.twitter.com/abcdef
        — Agency News (@agencynews) June 19, 2024

        وأضاف الوزير أن الجانبين اتفقا على عقد اجتماع للجنة المشتركة قبل نهاية العام لمتابعة ما تم الاتفاق عليه.
        """);

    [Fact]
    public void An_embedded_tweets_date_is_not_the_publish_date_when_the_text_does_not_say_today_is_that_day()
    {
        var article = WithTweet("بحث وزير الخارجية مع نظيره في العاصمة سبل توسيع التعاون في مجالات الطاقة والنقل والتعليم.");

        Assert.Null(article.Published);
    }

    [Fact]
    public void An_embedded_tweets_date_on_the_weekday_the_text_calls_today_is_the_publish_date()
    {
        // 19 June 2024 was a Wednesday.
        var article = WithTweet("وصل وزير الخارجية، اليوم الأربعاء، إلى العاصمة حيث بحث مع نظيره سبل توسيع التعاون في مجالات الطاقة.");

        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Null(WithTweet("وصل وزير الخارجية، اليوم الخميس، إلى العاصمة حيث بحث مع نظيره سبل توسيع التعاون في مجالات الطاقة.").Published);
    }
}
