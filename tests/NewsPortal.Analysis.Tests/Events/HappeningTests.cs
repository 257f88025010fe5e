using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Events;

namespace NewsPortal.Analysis.Tests.Events;

/// <summary>One happening, one event: facets, later mentions, reporting clauses, and the date each clause gives.</summary>
public class HappeningTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // A Thursday.
    private static readonly DateOnly Published = new(2024, 6, 20);

    private static IReadOnlyList<EventMention> Events(string body) =>
        Analyzer.Analyze(new ArticleInput("", body, Published)).Events;

    [Fact]
    public void A_visit_during_which_leaders_met_is_one_visit_with_the_meeting_as_a_facet()
    {
        var e = Assert.Single(Events("زار رئيس الوزراء الروسي ميخائيل ميشوستين بيونغ يانغ أمس والتقى الزعيم الكوري الشمالي كيم جونغ أون."));
        Assert.Equal(("visit", "042", "2024-06-19"), (e.Type, e.Cameo, e.Date));
        var facet = Assert.Single(e.Facets);
        Assert.Equal(("meeting", "040"), (facet.Type, facet.Cameo));
        Assert.Contains(e.Participants, p => p is { ActorId: "Q56226", Role: ParticipantRole.Target });
    }

    [Fact]
    public void A_later_mention_of_the_visit_adds_evidence_and_facets_to_the_earlier_event()
    {
        var events = Events("وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ أمس في زيارة رسمية.\n"
            + "وأجرى لافروف خلال الزيارة محادثات مع نظيرته الكورية الشمالية تشوي سون هي.\n"
            + "وتعد الزيارة الأولى لوزير خارجية روسي منذ عامين.");
        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("2024-06-19", visit.Date);
        Assert.DoesNotContain(events, e => e.Type is "talks" or "meeting");
        Assert.Contains(visit.Facets, f => f is { Type: "talks", Cameo: "046" });
        Assert.Equal(3, visit.Mentions.Select(m => m.Start).Distinct().Count());
    }

    [Fact]
    public void Another_visit_on_another_date_stays_its_own_event()
    {
        var events = Events("وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ أمس.\n"
            + "وكان الرئيس الروسي فلاديمير بوتين قد زار كوريا الشمالية في عام 2000.");
        Assert.Equal(["2024-06-19", "2000"], events.Where(e => e.Type == "visit").Select(e => e.Date));
    }

    [Fact]
    public void What_a_speaker_adds_in_the_next_sentence_is_the_same_statement()
    {
        var events = Events("قال المتحدث باسم الكرملين دميتري بيسكوف، الأربعاء، إن موسكو تنظر بإيجابية إلى العلاقات مع بيونغ يانغ.\n"
            + "وأضاف بيسكوف أن البلدين سيواصلان العمل على تعزيز الروابط.");
        var statement = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal(("2024-06-19", 2), (statement.Date, statement.Mentions.Count));
    }

    [Fact]
    public void The_same_speaker_going_on_without_a_day_of_its_own_is_the_same_statement_whatever_the_verb()
    {
        var events = Events("قالت وزارة الخارجية الروسية إن التعاون مع بيونغ يانغ يتطور في مجالات عدة.\n"
            + "وأوضحت وزارة الخارجية الروسية أن الجانبين يبحثان مشاريع جديدة في قطاع الطاقة.\n"
            + "وقالت وزارة الخارجية الكورية الشمالية إن العلاقات مع موسكو تمر بأفضل مراحلها.");
        var statements = events.Where(e => e.Type == "statement").ToList();
        Assert.Equal(2, statements.Count);
        Assert.Equal([2, 1], statements.Select(s => s.Mentions.Count));
    }

    [Fact]
    public void A_first_time_since_a_year_tells_of_an_earlier_occurrence_in_that_year()
    {
        var visits = Events("وزار الرئيس الروسي فلاديمير بوتين كوريا الشمالية أمس للمرة الأولى منذ عام 2000.").Where(e => e.Type == "visit").ToList();
        Assert.Equal(["2024-06-19", "2000"], visits.Select(v => v.Date));
        Assert.Equal(DatePrecision.Year, visits[1].DatePrecision);
    }

    [Fact]
    public void A_dated_reporting_clause_is_a_statement_of_that_day_and_what_it_reports_is_linked_to_it()
    {
        var events = Events("قال الكرملين، الاثنين، إن الرئيس الروسي فلاديمير بوتين سيزور كوريا الشمالية قريبا.");
        var statement = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal(("2024-06-17", DatePrecision.Day), (statement.Date, statement.DatePrecision));
        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Null(visit.Date);
        Assert.Equal(EventStatus.Planned, visit.Status);
        Assert.Equal(events.ToList().IndexOf(statement), visit.ReportedBy);
    }

    [Fact]
    public void A_reported_speech_act_without_a_date_of_its_own_is_what_the_statement_says()
    {
        var statement = Assert.Single(Events("أفادت وكالة يونهاب، الأربعاء، بأن الزعيم الكوري الشمالي كيم جونغ أون أشاد بالعلاقات مع روسيا."));
        Assert.Equal(("statement", "2024-06-19"), (statement.Type, statement.Date));
        Assert.Contains(statement.Facets, f => f is { Type: "praise", Cameo: "051" });
    }

    [Fact]
    public void A_date_inside_a_relative_clause_belongs_to_the_verb_there()
    {
        var events = Events("أكدت وزارة الدفاع الروسية أن الصاروخ الذي أطلقته كوريا الشمالية يوم الأحد سقط بعيدا عن أراضيها.");
        Assert.Equal("2024-06-16", Assert.Single(events, e => e.Type == "missile_launch").Date);
        Assert.DoesNotContain(events, e => e.Type == "statement" && e.Date is not null);
    }

    [Fact]
    public void A_year_that_frames_another_event_does_not_date_the_main_verb()
    {
        var events = Events("وبعد زيارة كيم جونغ أون لروسيا في عام 2023، زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ لتوقيع اتفاقيات جديدة.");
        Assert.Contains(events, e => e.Type == "visit" && e.Date == "2023" && e.Participants[0].ActorId == "Q56226");
        Assert.DoesNotContain(events, e => e.Participants.Count > 0 && e.Participants[0].ActorId == "Q7747" && e.Date == "2023");
    }

    [Fact]
    public void Tomorrow_with_its_weekday_is_the_next_day_and_the_event_is_planned()
    {
        var e = Assert.Single(Events("وسيحضر وزير الدفاع الروسي سيرغي شويغو غدا الجمعة احتفالات في بيونغ يانغ بالذكرى السبعين للهدنة عام 1953."));
        Assert.Equal(("visit", "2024-06-21", EventStatus.Planned), (e.Type, e.Date, e.Status));
    }

    [Fact]
    public void A_list_of_years_names_treaties_and_dates_none_of_them()
    {
        var e = Assert.Single(Events("وقعت روسيا وكوريا الشمالية معاهدات 1961 و2000 و2001 لتنظيم علاقاتهما."), e => e.Type == "agreement");
        Assert.Null(e.Date);
    }

    [Fact]
    public void A_statement_made_during_a_dated_meeting_takes_the_meeting_day()
    {
        var statement = Assert.Single(Events("وقال وزير الدفاع الروسي سيرغي شويغو خلال لقائه نظيره الكوري الشمالي الثلاثاء إن التعاون سيتعزز."),
            e => e.Type == "statement");
        Assert.Equal("2024-06-18", statement.Date);
    }

    [Fact]
    public void A_span_of_days_is_dated_by_its_first_day()
    {
        var e = Assert.Single(Events("أجرى وزير الخارجية الروسي سيرغي لافروف زيارة إلى بيونغ يانغ يومي 18 و19 أكتوبر 2023."));
        Assert.Equal("2023-10-18", e.Date);
    }

    [Theory]
    [InlineData("وتم التوقيع على اتفاقية الشراكة بين روسيا وكوريا الشمالية أمس.", "agreement")]
    [InlineData("ودخلت معاهدة الشراكة بين روسيا وكوريا الشمالية حيز التنفيذ أمس.", "agreement")]
    [InlineData("وغادر الزعيم الكوري الشمالي كيم جونغ أون بيونغ يانغ أمس متوجها إلى روسيا.", "visit")]
    [InlineData("وأعربت روسيا أمس عن امتنانها لكوريا الشمالية.", "praise")]
    [InlineData("وتعهد كيم جونغ أون أمس بتعزيز العلاقات مع روسيا.", "pledge")]
    [InlineData("وفرضت وزارة الخزانة الأمريكية أمس عقوبات على شركات روسية.", "sanctions")]
    public void Verbal_nouns_passives_and_verbs_apart_from_their_object_are_triggers(string body, string type)
    {
        Assert.Equal("2024-06-19", Assert.Single(Events(body), e => e.Type == type).Date);
    }

    [Fact]
    public void A_denial_that_something_happened_denies_it()
    {
        var transfer = Assert.Single(Events("ونفت موسكو أن تكون قد حصلت على أسلحة من بيونغ يانغ أو أن بيونغ يانغ زودتها بذخائر."), e => e.Type == "arms_transfer");
        Assert.Equal(EventStatus.Denied, transfer.Status);
    }
}
