using NewsPortal.Extraction;

namespace NewsPortal.Tests.Extraction;

public class BoilerplateTests
{
    private readonly Boilerplate rules = Boilerplate.Default;

    [Theory]
    [InlineData("إعلان")]
    [InlineData("شارك هذا المقالواتساب")]
    [InlineData("صورة أرشيفية للقاء القمة © رويترز")]
    [InlineData("الصورة: Copyright 2024 AFP. All rights reserved")]
    [InlineData("مصدر الصورة، رويترز")]
    [InlineData("تابع أحدث الأخبار عبر تطبيق")]
    [InlineData("HomeالرئيسيةWorldالعالم")]
    public void Furniture_lines_are_recognised(string line) => Assert.True(rules.IsFurniture(line), line);

    [Theory]
    [InlineData("إعلان مشترك بين موسكو وبيونغ يانغ حول التعاون العسكري")]
    [InlineData("وقال المتحدث إن الإعلان عن الزيارة سيصدر قريبا.")]
    [InlineData("مشاركة روسيا في المناورات البحرية تثير قلق طوكيو")]
    [InlineData("قمة ثلاثية لمواجهة تهديدات كوريا الشمالية")]
    public void Article_lines_that_merely_contain_such_words_are_kept(string line) => Assert.False(rules.IsFurniture(line), line);

    [Fact]
    public void A_skippable_promo_block_is_dropped_up_to_its_end_marker_and_the_article_goes_on()
    {
        string[] lines =
        [
            "الفقرة الأولى من المقال عن المحادثات بين الجانبين في العاصمة الروسية.",
            "تخطى قصص مقترحة وواصل القراءة",
            "قصص مقترحة",
            "• عنوان قصة أخرى عن الاقتصاد",
            "قصص مقترحة نهاية",
            "الفقرة الثانية من المقال عن نتائج المحادثات.",
        ];

        var kept = rules.Clean(lines);

        Assert.Equal([lines[0], lines[5]], kept);
    }

    [Fact]
    public void A_caption_label_drops_the_caption_that_follows()
    {
        string[] lines = ["فقرة من المقال عن الزيارة الرسمية.", "التعليق على الصورة،", "الرئيسان خلال المؤتمر الصحفي", "فقرة ثانية من المقال."];

        Assert.Equal([lines[0], lines[3]], rules.Clean(lines));
    }

    [Fact]
    public void A_list_of_headlines_is_dropped_but_a_list_of_sentences_is_kept()
    {
        string[] lines =
        [
            "فقرة من المقال عن الزيارة الرسمية.",
            "  • روسيا تتعهد بتعزيز علاقاتها مع بيونغ يانغ",
            "  • ما الذي نعرفه عن القمة؟",
            "فقرة أخرى عن مواقف الدول.",
            "  • تعززت العلاقات بين البلدين منذ عام 2022.",
            "  • وقع الجانبان اتفاقية شراكة استراتيجية.",
        ];

        var kept = rules.Clean(lines);

        Assert.Equal([lines[0], lines[3], lines[4].Trim(), lines[5].Trim()], kept);
    }

    [Fact]
    public void A_caption_printed_again_with_its_credit_is_dropped_both_times()
    {
        string[] lines =
        [
            "الزعيمان خلال لقاء سابق",
            "الزعيمان خلال لقاء سابق Copyright AP Photo",
            "بدأ الزعيمان محادثاتهما صباح اليوم في قاعة الاجتماعات الرئيسية.",
        ];

        Assert.Equal([lines[2]], rules.Clean(lines));
    }
}
