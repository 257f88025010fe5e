using NewsPortal.Analysis.Events;

namespace NewsPortal.Analysis.Tests.Events;

/// <summary>
/// Statements whose words are the act, dates counted from another happening, and acts the press
/// names with set phrases (sentences written for the tests).
/// </summary>
public class StatementActTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // A Thursday.
    private static readonly DateOnly Published = new(2024, 6, 20);

    private static IReadOnlyList<EventMention> Events(string body) =>
        Analyzer.Analyze(new ArticleInput("", body, Published)).Events;

    [Fact]
    public void A_statement_calling_a_decision_brave_is_praise_too()
    {
        var e = Assert.Single(Events("قال وزير الخارجية الروسي سيرغي لافروف، الثلاثاء، إن قرار كوريا الشمالية فتح الحوار مع سيول شجاع."));
        Assert.Equal("statement", e.Type);
        Assert.Equal("2024-06-18", e.Date);
        Assert.Contains(e.Facets, f => f.Cameo == "051");
    }

    [Fact]
    public void A_statement_saying_a_move_undermines_the_talks_is_criticism_too()
    {
        var e = Assert.Single(Events("قالت وزارة الخارجية الروسية أمس الأربعاء إن العقوبات الأمريكية الجديدة على بيونغ يانغ تقوض فرص الحوار."));
        Assert.Equal("2024-06-19", e.Date);
        Assert.Contains(e.Facets, f => f.Cameo == "111");
    }

    [Fact]
    public void A_plain_statement_gets_no_facet()
    {
        var e = Assert.Single(Events("قال وزير الخارجية الروسي سيرغي لافروف، الثلاثاء، إن وفدا من كوريا الشمالية سيصل إلى موسكو."), x => x.Type == "statement");
        Assert.Empty(e.Facets);
    }

    [Fact]
    public void Welcome_expressed_in_the_statement_verb_clause_is_what_the_statement_says()
    {
        var e = Assert.Single(Events("أعرب الرئيس الروسي فلاديمير بوتين، الثلاثاء، عن ترحيبه بالحوار بين كوريا الشمالية وكوريا الجنوبية."));
        Assert.Equal("praise", e.Type);
        Assert.Equal("2024-06-18", e.Date);
        Assert.Contains(e.Facets, f => f.Type == "statement");
    }

    [Fact]
    public void A_bare_today_between_words_is_the_publish_day()
    {
        var e = Assert.Single(Events("وأكدت كوريا الشمالية اليوم إرسالها وفدا عسكريا إلى روسيا."));
        Assert.Equal("2024-06-20", e.Date);
    }

    [Fact]
    public void Today_as_a_noun_described_or_counted_is_no_date()
    {
        var e = Assert.Single(Events("وأكدت كوريا الشمالية في اليوم الأول من المحادثات استعدادها للتعاون مع روسيا."), x => x.Type == "statement");
        Assert.Null(e.Date);
    }

    [Fact]
    public void Two_days_after_the_summit_counts_from_the_summit_day_and_makes_no_second_summit()
    {
        var events = Events("عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون قمة في بيونغ يانغ يوم 12 يونيو. "
            + "وبعد يومين من انتهاء القمة أعلن وزير الخارجية الروسي سيرغي لافروف أن التعاون العسكري سيتوسع.");
        Assert.Equal("2024-06-14", Assert.Single(events, e => e.Type == "statement").Date);
        Assert.Equal("2024-06-12", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void The_day_before_counts_from_the_happening_the_article_dated_last()
    {
        var events = Events("التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون أمس الأربعاء في موسكو. "
            + "وكانت وكالة تاس ذكرت في اليوم السابق أن كيم جونغ أون وصل إلى روسيا.");
        Assert.Contains(events, e => e.Type == "statement" && e.Date == "2024-06-18");
    }

    [Fact]
    public void A_treaty_signed_long_before_is_another_agreement_with_its_own_date()
    {
        var events = Events("ووقعت روسيا وكوريا الشمالية، خلال زيارة الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ يوم 19 يونيو، اتفاقية جديدة "
            + "تحل محل المعاهدة الموقعة بين البلدين، في 9 فبراير 2000.");
        var agreements = events.Where(e => e.Type == "agreement").Select(e => e.Date).ToList();
        Assert.Equal(["2024-06-19", "2000-02-09"], agreements);
    }

    [Fact]
    public void A_meeting_during_which_a_dated_statement_was_made_is_of_that_day()
    {
        var events = Events("أكد وزير الخارجية الروسي سيرغي لافروف، أمس الأربعاء، أن العلاقات مع بيونغ يانغ قوية. "
            + "وقال لافروف، خلال اجتماع مع الزعيم الكوري الشمالي كيم جونغ أون، إن التعاون يتطور.");
        Assert.Equal("2024-06-19", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void A_hotline_opened_is_diplomatic_cooperation()
    {
        var e = Assert.Single(Events("فتحت كوريا الشمالية وكوريا الجنوبية خطا ساخنا بين زعيميهما أمس."), x => x.Type == "diplomatic_cooperation");
        Assert.Equal("050", e.Cameo);
        Assert.Equal("2024-06-19", e.Date);
    }

    [Fact]
    public void Contracts_cancelled_reduce_relations()
    {
        var e = Assert.Single(Events("أعلنت الحكومة السودانية، الأربعاء، إلغاء كافة العقود الدفاعية مع كوريا الشمالية."), x => x.Type == "reduce_relations");
        Assert.Equal("160", e.Cameo);
        Assert.Equal("2024-06-19", e.Date);
    }
}
