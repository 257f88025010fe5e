using NewsPortal.Analysis.Dates;

namespace NewsPortal.Analysis.Tests.Dates;

public class AbsoluteDateTests
{
    private static DateMention Single(string text, DateOnly? published = null)
    {
        var found = DateExpressions.Find(text, published);
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("تاريخ النشر: 13th, September 2023 GMT", "2023-09-13")]
    [InlineData("Published: 2nd, March 2024 GMT", "2024-03-02")]
    [InlineData("نُشر في 5 حزيران/يونيو 2024", "2024-06-05")]
    [InlineData("وصل الوفد في ١٣ أيلول ٢٠٢٣ إلى العاصمة", "2023-09-13")]
    [InlineData("منذ ۲۷ تموز ۱۹۵۳", "1953-07-27")]
    [InlineData("بتاريخ 2019/04/25 أعلنت الوزارة", "2019-04-25")]
    [InlineData("بتاريخ 25/4/2019 أعلنت الوزارة", "2019-04-25")]
    [InlineData("September 13, 2023", "2023-09-13")]
    public void Publish_line_parses_to_the_first_full_date(string line, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateExpressions.ParseAbsolute(line));
    }

    [Fact]
    public void Publish_line_without_a_full_date_gives_null()
    {
        Assert.Null(DateExpressions.ParseAbsolute("تاريخ النشر: أمس"));
        Assert.Null(DateExpressions.ParseAbsolute("في عام 2019"));
        Assert.Null(DateExpressions.ParseAbsolute(""));
    }

    [Fact]
    public void Paired_month_names_with_a_slash_are_one_month()
    {
        var d = Single("انتهت الحرب الكورية بهدنة وقعت في 27 تموز/يوليو 1953 في بانمونجوم");
        Assert.Equal("1953-07-27", d.Value);
        Assert.Equal("27 تموز/يوليو 1953", d.Text);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Fact]
    public void Month_pair_with_a_space_after_the_slash_and_a_year_word_has_month_precision()
    {
        var d = Single("زار الوزير بيونغ يانغ في أبريل/ نيسان عام 2019 للمرة الأولى");
        Assert.Equal("2019-04", d.Value);
        Assert.Equal(DatePrecision.Month, d.Precision);
        Assert.Equal("أبريل/ نيسان عام 2019", d.Text);
    }

    [Theory]
    [InlineData("تولى منصبه في مايو/أيار 2022 بعد الانتخابات", "2022-05")]
    [InlineData("تولى منصبه في ماي 2022", "2022-05")]
    [InlineData("جرت التجربة في جويلية 2023", "2023-07")]
    [InlineData("وقعت الاتفاقية في شتنبر 2021", "2021-09")]
    [InlineData("أُعلن القرار في كانون الأول 2020", "2020-12")]
    public void Month_and_year_give_month_precision_in_every_month_series(string text, string expected)
    {
        var d = Single(text);
        Assert.Equal(expected, d.Value);
        Assert.Equal(DatePrecision.Month, d.Precision);
    }

    [Fact]
    public void Year_range_with_two_digit_end_is_a_range()
    {
        var d = Single("الحكم الاستعماري لليابان 1910-45 ترك أثرا عميقا");
        Assert.Equal("1910/1945", d.Value);
        Assert.Equal(DatePrecision.Range, d.Precision);
    }

    [Theory]
    [InlineData("منذ توليه السلطة في عام 2011", "عام 2011", "2011")]
    [InlineData("معاهدة عام 1965 أدت إلى تطبيع العلاقات", "عام 1965", "1965")]
    [InlineData("انهار الاتحاد السوفيتي سنة ١٩٩١", "سنة ١٩٩١", "1991")]
    [InlineData("ألغى الديون في 2014 بادرة حسن نية", "2014", "2014")]
    public void A_year_introduced_by_a_year_word_or_preposition_has_year_precision(string text, string span, string value)
    {
        var d = Single(text);
        Assert.Equal(value, d.Value);
        Assert.Equal(span, d.Text);
        Assert.Equal(DatePrecision.Year, d.Precision);
    }

    [Fact]
    public void Bare_numbers_are_not_years()
    {
        Assert.Empty(DateExpressions.Find("سرقة 2023 مليون دولار وإطلاق 1500 قذيفة", null));
    }

    [Fact]
    public void Day_and_month_without_year_take_the_publish_year()
    {
        var d = Single("وفي 19 يونيو، وصل الرئيس إلى العاصمة", new DateOnly(2024, 6, 20));
        Assert.Equal("2024-06-19", d.Value);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Fact]
    public void Day_and_month_after_the_publish_date_in_a_past_sentence_fall_in_the_previous_year()
    {
        var d = Single("وقعت الاشتباكات في 28 ديسمبر", new DateOnly(2024, 1, 5));
        Assert.Equal("2023-12-28", d.Value);
    }

    [Fact]
    public void Day_and_month_in_a_future_sentence_stay_in_the_publish_year()
    {
        var d = Single("سيجري الرئيس زيارة في 28 ديسمبر", new DateOnly(2024, 1, 5));
        Assert.Equal("2024-12-28", d.Value);
    }

    [Fact]
    public void Day_and_month_without_year_and_without_publish_date_stay_unresolved()
    {
        var d = Single("وفي 19 يونيو، وصل الرئيس إلى العاصمة");
        Assert.Null(d.Value);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Fact]
    public void A_weekday_pins_the_year_only_when_exactly_one_plausible_year_fits()
    {
        // Monday 17 June fits 1991, 1996, 2002, 2013, 2019, 2024, 2030: not pinned.
        var d = Single("أعلن عن الزيارة يوم الاثنين 17 يونيو/حزيران في بيان");
        Assert.Null(d.Value);
        Assert.StartsWith("يوم الاثنين", d.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_point_into_the_original_text_despite_diacritics_and_tatweel()
    {
        const string text = "وَقَّعَ الـطـرفـان في ١٢ أَيْلُولَ ٢٠٢٣ اتفاقًا";
        var d = Single(text);
        Assert.Equal("١٢ أَيْلُولَ ٢٠٢٣", text[d.Start..d.End]);
        Assert.Equal("2023-09-12", d.Value);
    }

    [Fact]
    public void August_as_Ab_needs_a_date_context()
    {
        Assert.Empty(DateExpressions.Find("قال أب الضحية إن ابنه قتل", new DateOnly(2023, 9, 1)));
        Assert.Equal("2023-08-15", Single("في 15 آب 2023 أطلقت بيونغ يانغ صاروخا").Value);
    }

    [Fact]
    public void Maras_the_verb_is_not_March()
    {
        Assert.Empty(DateExpressions.Find("مارس الرئيس ضغوطا كبيرة على البرلمان", new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public void Kanun_alone_is_not_a_month()
    {
        Assert.DoesNotContain(DateExpressions.Find("صدر قرار كانون في 2022 مليون", null), d => d.Precision != DatePrecision.Year);
    }

    [Theory]
    [InlineData("وصل الوفد يوم 15 جويلية 2023 إلى الجزائر", "2023-07-15")]
    [InlineData("انعقد الاجتماع في 3 أوت 2022 بالعاصمة", "2022-08-03")]
    [InlineData("صدر القرار في 12 دجنبر 2021 بالرباط", "2021-12-12")]
    [InlineData("أعلن ذلك في 9 فيفري 2024", "2024-02-09")]
    [InlineData("وقعت في 21 كانون الثاني 2020", "2020-01-21")]
    [InlineData("وقعت في 4 تشرين الأول 2019", "2019-10-04")]
    public void Maghrebi_and_Levantine_day_month_year_forms_parse(string text, string expected)
    {
        var d = Single(text);
        Assert.Equal(expected, d.Value);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Theory]
    [InlineData("وقّع الجانبان المذكرة في الرابع من ديسمبر 2024 في العاصمة", "الرابع من ديسمبر 2024", "2024-12-04")]
    [InlineData("تبدأ الجولة في الحادي والعشرين من شهر آذار 2025", "الحادي والعشرين من شهر آذار 2025", "2025-03-21")]
    [InlineData("وصل الوفد بالثاني عشر من أيار/مايو 2019", "الثاني عشر من أيار/مايو 2019", "2019-05-12")]
    public void A_day_written_as_an_ordinal_word_is_a_day(string text, string span, string value)
    {
        var d = Single(text);
        Assert.Equal(span, d.Text);
        Assert.Equal(value, d.Value);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }
}
