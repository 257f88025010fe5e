using NewsPortal.Analysis.Relevance;

namespace NewsPortal.Analysis.Tests.Relevance;

public class RelevanceScorerTests
{
    private static readonly Focus RussiaAndNorthKorea = new("العلاقات الروسية الكورية الشمالية", "Russia–North Korea relations", "ar",
        new FocusSide("روسيا", "Russia", "np:country/russia"), new FocusSide("كوريا الشمالية", "North Korea", "np:country/north-korea"));

    private static ArticleRelevance Score(string body, string language = "ar")
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        return RelevanceScorer.Score(RussiaAndNorthKorea, analyzer.Gazetteer, language, body, analyzer.Analyze(new ArticleInput("", body, new DateOnly(2024, 3, 1))));
    }

    [Fact]
    public void The_two_sides_meeting_in_a_sentence_is_on_topic_and_the_reason_says_so()
    {
        var r = Score("استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف في بيونغ يانغ. وبحث الجانبان التعاون بين موسكو وبيونغ يانغ.");

        Assert.True(r.OnTopic, r.Reason);
        Assert.Contains("روسيا", r.Reason, StringComparison.Ordinal);
        Assert.Contains("كوريا الشمالية", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_side_alone_is_off_topic_however_often_it_is_named()
    {
        var r = Score("أعلنت كوريا الشمالية إطلاق صاروخ جديد. وقال الزعيم الكوري الشمالي كيم جونغ أون إن بيونغ يانغ ستواصل تجاربها. وأكدت كوريا الشمالية أن التجربة نجحت.");

        Assert.False(r.OnTopic, r.Reason);
    }

    [Fact]
    public void The_sides_named_once_each_far_apart_in_an_article_about_something_else_is_off_topic()
    {
        var r = Score("التقى الرئيس الفرنسي نظيره السعودي في الرياض لبحث الاتفاقيات الثقافية بين البلدين. "
            + "وتناول اللقاء مشاريع المتاحف والتبادل الطلابي. وفي سياق آخر، أشار بيان إلى أزمة في روسيا. "
            + "وأضاف البيان أن الطرفين سيجتمعان مجددا العام المقبل. كما ذكر البيان كوريا الشمالية في فقرة عن الأمن.");

        Assert.False(r.OnTopic, r.Reason);
    }

    [Fact]
    public void An_article_in_another_language_is_off_topic_with_that_reason()
    {
        var r = Score("Putin met Kim Jong Un in Pyongyang.", language: "en");

        Assert.False(r.OnTopic);
        Assert.Contains("en", r.Reason, StringComparison.Ordinal);
    }
}
