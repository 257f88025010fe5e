using NewsPortal.Analysis.Dates;

namespace NewsPortal.Analysis.Tests.Dates;

public class RelativeDateTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2023, 9, 13);

    private static DateMention Single(string text, DateOnly? published)
    {
        var found = DateExpressions.Find(text, published);
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("وصل الوفد أمس إلى موسكو", "أمس", "2023-09-12")]
    [InlineData("وصل الوفد البارحة إلى موسكو", "البارحة", "2023-09-12")]
    [InlineData("وصل الوفد أول أمس إلى موسكو", "أول أمس", "2023-09-11")]
    [InlineData("يصل الوفد غداً إلى موسكو", "غداً", "2023-09-14")]
    [InlineData("قال المتحدث مساء اليوم إن المحادثات انتهت", "مساء اليوم", "2023-09-13")]
    public void Day_words_resolve_against_the_publish_date(string text, string span, string value)
    {
        var d = Single(text, Published);
        Assert.Equal(span, d.Text);
        Assert.Equal(value, d.Value);
        Assert.True(d.IsRelative);
    }

    [Fact]
    public void Yesterday_morning_with_its_weekday_is_one_date()
    {
        var d = Single("زار الرئيس المدينة صباح أمس، الثلاثاء، والتقى نظيره", Published);
        Assert.Equal("صباح أمس، الثلاثاء", d.Text);
        Assert.Equal("2023-09-12", d.Value);
    }

    [Fact]
    public void A_weekday_in_a_past_sentence_is_the_previous_such_day()
    {
        Assert.Equal("2023-09-10", Single("غادر القطار العاصمة مساء الأحد متجها شمالا", Published).Value);
    }

    [Fact]
    public void A_weekday_in_a_future_sentence_is_the_next_such_day()
    {
        Assert.Equal("2023-09-15", Single("سيلتقي الزعيمان يوم الجمعة في المنتجع", Published).Value);
        Assert.Equal("2023-09-15", Single("من المقرر أن يصل الوفد الجمعة إلى العاصمة", Published).Value);
    }

    [Fact]
    public void A_weekday_named_on_the_publish_day_in_the_past_is_that_day()
    {
        var d = Single("أعلنت الرئاسة، الاثنين، أن الزيارة ستجري قريبا", new DateOnly(2023, 9, 11));
        Assert.Equal("2023-09-11", d.Value);
        Assert.Equal("الاثنين", d.Text);
    }

    [Fact]
    public void Al_ithnayn_meaning_the_two_is_not_Monday()
    {
        Assert.Empty(DateExpressions.Find("اتفق الزعيمان الاثنين على تعزيز التعاون بين بلديهما", Published));
    }

    [Fact]
    public void Ahad_meaning_one_is_not_Sunday()
    {
        Assert.Empty(DateExpressions.Find("لم يتوقع أحد هذه النتيجة وليس في صالح أحد", Published));
    }

    [Fact]
    public void Without_a_publish_date_relative_dates_are_kept_unresolved()
    {
        var d = Single("غادر القطار مساء الأحد", null);
        Assert.Null(d.Value);
        Assert.True(d.IsRelative);
    }

    [Theory]
    [InlineData("نشر المسؤولون معلومات الأسبوع الماضي عن الصفقة", "2023-09-04/2023-09-10", DatePrecision.Range)]
    [InlineData("يعقد اللقاء خلال هذا الشهر في إطار التعاون", "2023-09", DatePrecision.Month)]
    [InlineData("ارتفعت الصادرات العام الماضي بشكل كبير", "2022", DatePrecision.Year)]
    [InlineData("ستجري المناورات مطلع الشهر المقبل قرب الحدود", "2023-10-01/2023-10-10", DatePrecision.Range)]
    [InlineData("تأسست الدولة قبل 75 عاماً تقريبا", "1948", DatePrecision.Year)]
    [InlineData("أعلن ذلك قبل ثلاثة وقبل يومين من القمة", "2023-09-11", DatePrecision.Day)]
    public void Periods_resolve_to_the_span_they_name(string text, string value, DatePrecision precision)
    {
        var d = Single(text, Published);
        Assert.Equal(value, d.Value);
        Assert.Equal(precision, d.Precision);
    }

    [Theory]
    [InlineData("أشاد الرئيس في يوليو الماضي بالدعم", "2023-07")]
    [InlineData("أشاد الرئيس في تموز/ يوليو بالدعم", "2023-07")]
    [InlineData("التقى الوزيران في سبتمبر الماضي", "2022-09")]
    [InlineData("تجري الانتخابات في مارس المقبل", "2024-03")]
    [InlineData("وقعت المعاهدة في شهر مارس", "2023-03")]
    [InlineData("سقطت في يوليو/تموز الماضي قذائف", "2023-07")]
    public void A_month_without_a_year_takes_the_year_its_tense_implies(string text, string value)
    {
        var d = Single(text, Published);
        Assert.Equal(value, d.Value);
        Assert.Equal(DatePrecision.Month, d.Precision);
    }

    [Fact]
    public void Al_amm_meaning_general_is_not_a_year()
    {
        Assert.Empty(DateExpressions.Find("قال الأمين العام السابق للأمم المتحدة", Published));
    }

    [Fact]
    public void The_first_day_of_the_talks_is_not_today()
    {
        Assert.Empty(DateExpressions.Find("قال الزعيم على هامش اليوم الأول من الاجتماعات", Published));
    }

    [Theory]
    [InlineData("يصل الوفد إلى القاهرة في 18 من الشهر الجاري", "18 من الشهر الجاري", "2023-09-18")]
    [InlineData("وكان اللقاء قد عقد في الخامس من الشهر الماضي", "الخامس من الشهر الماضي", "2023-08-05")]
    [InlineData("تنطلق المناورات في الثالث من الشهر المقبل", "الثالث من الشهر المقبل", "2023-10-03")]
    [InlineData("انتهت الجولة في 2 من هذا الشهر", "2 من هذا الشهر", "2023-09-02")]
    public void A_day_of_this_last_or_next_month_is_a_day(string text, string span, string value)
    {
        var d = Single(text, Published);
        Assert.Equal(span, d.Text);
        Assert.Equal(value, d.Value);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Fact]
    public void A_month_after_an_expectation_is_to_come()
    {
        // يتوقع with a proclitic still looks ahead: October after a September publish day is this year's.
        Assert.Equal("2023-10", Single("ويتوقع أن يزور الوزير القاهرة في أكتوبر", Published).Value);
    }

    [Fact]
    public void What_a_report_tells_in_its_complement_keeps_its_own_tense()
    {
        // A name that looks like a future verb (سيتونغ) before بأن does not make the Monday next week's.
        Assert.Equal("2023-09-11", Single("أفادت وكالة سيتونغ بأن الوزير غادر العاصمة الاثنين", Published).Value);
        Assert.Equal("2023-09-18", Single("من المقرر أن يصل الوزير الاثنين", Published).Value);
    }
}
