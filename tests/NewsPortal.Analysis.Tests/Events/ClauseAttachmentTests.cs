using NewsPortal.Analysis.Events;

namespace NewsPortal.Analysis.Tests.Events;

/// <summary>
/// Verbs told by their object across the subject or a date, who reports a thing apart from the
/// thing, clauses that describe a noun, and what a speaker announces (sentences written for the tests).
/// </summary>
public class ClauseAttachmentTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // A Thursday.
    private static readonly DateOnly Published = new(2024, 6, 20);

    private static IReadOnlyList<EventMention> Events(string body) =>
        Analyzer.Analyze(new ArticleInput("", body, Published)).Events;

    [Fact]
    public void A_verb_with_a_date_before_its_object_is_the_act_its_object_names()
    {
        var e = Assert.Single(Events("وكانت الولايات المتحدة شددت في 3 مايو العقوبات على كوريا الشمالية."));
        Assert.Equal("sanctions", e.Type);
        Assert.Equal("2024-05-03", e.Date);
    }

    [Fact]
    public void Lifting_sanctions_with_the_subject_and_a_date_between_verb_and_object_is_easing()
    {
        var e = Assert.Single(Events("ورفعت واشنطن، في مارس الماضي، العقوبات عن بيلاروسيا."));
        Assert.Equal("easing", e.Type);
        Assert.Equal("2024-03", e.Date);
    }

    [Fact]
    public void A_quoted_object_still_completes_the_trigger_and_the_announcer_does_the_act()
    {
        var e = Assert.Single(Events("أعلنت اليابان، الثلاثاء، إلغاء \"جميع العقود\" العسكرية مع كوريا الشمالية."));
        Assert.Equal("reduce_relations", e.Type);
        Assert.Equal("2024-06-18", e.Date);
        Assert.Equal("np:country/japan", e.Participants[0].OwnId);
        Assert.Contains(e.Facets, f => f.Type == "statement");
    }

    [Fact]
    public void An_act_announced_with_its_own_doer_stays_the_doers_and_is_not_dated_by_the_announcement()
    {
        var events = Events("أعلن الكرملين، الأربعاء، اعتراف كوريا الشمالية باستقلال المنطقة.");
        Assert.Equal("2024-06-19", Assert.Single(events, e => e.Type == "statement").Date);
        Assert.Single(events, e => e.Type == "recognition");
    }

    [Fact]
    public void Who_reports_a_plan_and_when_stands_apart_from_the_plan()
    {
        var events = Events("يعتزم الرئيس الروسي فلاديمير بوتين زيارة الصين في موعد لم يحدد بعد، على ما أفاد الكرملين أمس.");
        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Null(visit.Date);
        Assert.Equal(EventStatus.Planned, visit.Status);
        Assert.Equal("2024-06-19", Assert.Single(events, e => e.Type == "statement").Date);
    }

    [Fact]
    public void A_dated_source_clause_is_the_report_when_the_sentence_verb_of_saying_has_no_day()
    {
        var e = Assert.Single(Events("أبلغ وزير الخارجية الروسي سيرغي لافروف نظيره الصيني أن موسكو تدعم الحوار، بحسب ما ذكرت وكالة تاس الأربعاء."));
        Assert.Equal("statement", e.Type);
        Assert.Equal("2024-06-19", e.Date);
        Assert.Equal("ذكرت", e.Trigger);
    }

    [Fact]
    public void A_clause_telling_where_and_when_a_summit_was_held_dates_it_from_afar()
    {
        var e = Assert.Single(Events("وانتهت القمة بين اليابان وكوريا الجنوبية، التي عقدت في طوكيو في 3 و4 مارس 2023، دون بيان مشترك."));
        Assert.Equal("meeting", e.Type);
        Assert.Equal("2023-03-03", e.Date);
    }

    [Fact]
    public void A_clause_describing_the_object_of_a_welcome_does_not_date_the_welcome()
    {
        var events = Events("وقال فلاديمير بوتين إنه يرحب بالخطوة التي اتخذتها كوريا الشمالية الثلاثاء الماضي.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Date));
    }

    [Fact]
    public void A_summit_inside_a_clause_describing_agreements_is_not_the_meeting_where_it_is_recalled()
    {
        var events = Events("وقال سيرغي لافروف خلال اجتماع مع نظيرته الكورية الشمالية إن الاتفاقات التي توصل إليها بوتين وكيم جونغ أون في سبتمبر 2023 خلال قمتهما في روسيا تتطور.");
        Assert.Equal("2023-09", Assert.Single(events, e => e.Trigger == "قمتهما").Date);
        Assert.Null(Assert.Single(events, e => e.Trigger == "اجتماع").Date);
    }

    [Fact]
    public void A_dated_clause_set_off_by_commas_ends_at_its_comma_unless_a_during_phrase_goes_on()
    {
        var events = Events("وقال سيرغي لافروف خلال اجتماع مع نظيرته الكورية الشمالية إن الاتفاقات، التي توصل إليها بوتين وكيم جونغ أون في سبتمبر 2023، خلال قمتهما في روسيا تتطور.");
        Assert.Equal("2023-09", Assert.Single(events, e => e.Trigger == "قمتهما").Date);
    }

    [Fact]
    public void Saying_more_in_the_same_sentence_is_part_of_the_appeal_not_a_second_event()
    {
        var e = Assert.Single(Events("دعت اليابان الجمعة كوريا الشمالية إلى وقف الاستفزازات، وقالت إن على العالم مواصلة الضغط."));
        Assert.Equal("appeal", e.Type);
        Assert.Equal("2024-06-14", e.Date);
        Assert.Contains(e.Facets, f => f.Type == "statement");
    }

    [Fact]
    public void Announcing_that_one_will_meet_someone_is_an_intent_to_meet()
    {
        var e = Assert.Single(Events("أعلن دونالد ترامب، في مارس الماضي، أنه سيلتقي قريبا مع فلاديمير بوتين."), x => x.Type == "statement");
        Assert.Equal("2024-03", e.Date);
        Assert.Contains(e.Facets, f => f.Cameo == "036");
    }
}
