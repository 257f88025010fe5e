using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Events;

namespace NewsPortal.Analysis.Tests.Events;

public class EventTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // A Thursday.
    private static readonly DateOnly Published = new(2024, 6, 20);

    private static IReadOnlyList<EventMention> Events(string body, DateOnly? published = null) =>
        Analyzer.Analyze(new ArticleInput("", body, published ?? Published)).Events;

    private static EventMention Single(string body, string type, DateOnly? published = null) =>
        Assert.Single(Events(body, published), e => e.Type == type);

    [Fact]
    public void A_visit_has_the_visitor_as_actor_the_host_country_as_target_and_a_location()
    {
        var e = Single("وصل الرئيس الروسي فلاديمير بوتين أمس إلى بيونغ يانغ في زيارة إلى كوريا الشمالية.", "visit");
        Assert.Equal("042", e.Cameo);
        Assert.Equal("2024-06-19", e.Date);
        Assert.Equal(DatePrecision.Day, e.DatePrecision);
        Assert.Equal(EventStatus.Happened, e.Status);
        Assert.Equal(new EventParticipant("Q7747", "np:person/vladimir-putin", ParticipantRole.Source), e.Participants[0]);
        Assert.Contains(e.Participants, p => p is { ActorId: "Q423", Role: ParticipantRole.Target });
        Assert.Equal("Q18808", e.LocationId);
    }

    [Fact]
    public void A_future_verb_makes_the_visit_planned()
    {
        var e = Single("سيزور وزير الخارجية الروسي سيرغي لافروف بيونغ يانغ الشهر المقبل.", "visit");
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal("2024-07", e.Date);
        Assert.Equal(DatePrecision.Month, e.DatePrecision);
        Assert.Equal("np:person/sergey-lavrov", e.Participants[0].OwnId);
    }

    [Theory]
    [InlineData("من المقرر أن يلتقي الرئيس الصيني شي جين بينغ نظيره الروسي في موسكو.")]
    [InlineData("يعتزم الزعيم الكوري الشمالي كيم جونغ أون لقاء بوتين قريبا.")]
    [InlineData("قد يحصل لقاء بين كيم جونغ أون وبوتين في وقت مبكر.")]
    public void Planned_and_hedged_meetings_are_planned(string body)
    {
        Assert.Equal(EventStatus.Planned, Single(body, "meeting").Status);
    }

    [Fact]
    public void An_accused_arms_transfer_is_alleged_and_the_accusation_is_its_own_event()
    {
        var events = Events("تتهم الولايات المتحدة كوريا الشمالية بتزويد روسيا بقذائف مدفعية لاستخدامها في أوكرانيا.");
        var transfer = Assert.Single(events, e => e.Type == "arms_transfer");
        Assert.Equal(EventStatus.Alleged, transfer.Status);
        Assert.Equal("072", transfer.Cameo);
        var accusation = Assert.Single(events, e => e.Type == "accusation");
        Assert.Equal("112", accusation.Cameo);
        Assert.Equal("Q30", accusation.Participants[0].ActorId);
    }

    [Fact]
    public void A_denied_arms_deal_is_denied_with_the_denial_code()
    {
        var e = Single("ونفت موسكو وبيونغ يانغ وجود أي صفقات أسلحة بينهما.", "arms_transfer");
        Assert.Equal(EventStatus.Denied, e.Status);
        Assert.Equal("016", e.Cameo);
    }

    [Fact]
    public void The_source_is_the_agency_that_reports_it()
    {
        var e = Single("ذكرت وكالة يونهاب للأنباء أن كوريا الشمالية أطلقت صاروخا باليستيا باتجاه البحر الشرقي.", "missile_launch");
        Assert.Equal("np:media/yonhap", e.SourceActorId);
        Assert.Equal("150", e.Cameo);
        Assert.DoesNotContain(e.Participants, p => p.OwnId == "np:media/yonhap");
        Assert.Equal("Q423", e.Participants[0].ActorId);
    }

    [Fact]
    public void Said_the_Kremlin_makes_the_Kremlin_the_source()
    {
        var e = Single("وقال الكرملين في بيان إن الرئيس بوتين سيستقبل الزعيم الكوري الشمالي كيم جونغ أون الأسبوع المقبل.", "host");
        Assert.Equal("np:org/presidency-of-russia", e.SourceActorId);
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void Sanctions_with_a_warning_are_a_sanctions_threat()
    {
        var e = Single("وحذرت وزارة الخارجية الأمريكية من أن أي صفقة بين موسكو وبيونغ يانغ ستؤدي إلى فرض عقوبات.", "sanctions_threat");
        Assert.Equal("1312", e.Cameo);
        Assert.Equal("Q789915", e.Participants[0].ActorId);
    }

    [Fact]
    public void Imposed_sanctions_are_sanctions()
    {
        var e = Single("فرضت وزارة الخزانة الأمريكية عقوبات جديدة على كيانات روسية وكورية شمالية.", "sanctions");
        Assert.Equal("163", e.Cameo);
        Assert.Equal(EventStatus.Happened, e.Status);
    }

    [Fact]
    public void A_nuclear_threat_gets_the_nuclear_code()
    {
        Assert.Equal("1385", Single("هددت كوريا الشمالية باستخدام الأسلحة النووية ردا على المناورات.", "threat").Cameo);
    }

    [Fact]
    public void Joint_exercises_are_military_cooperation_and_plain_drills_a_show_of_force()
    {
        Assert.Equal("062", Single("أجرت كوريا الجنوبية والولايات المتحدة مناورات مشتركة قرب الحدود.", "military_cooperation").Cameo);
        Assert.Equal("150", Single("أجرت كوريا الشمالية مناورات بالذخيرة الحية قرب الحدود.", "exercise").Cameo);
    }

    [Fact]
    public void A_veto_a_recognition_and_a_break_of_relations_are_found()
    {
        Assert.Equal("129", Single("استخدمت روسيا حق النقض في مجلس الأمن الدولي ضد تمديد عمل لجنة الخبراء.", "veto").Cameo);
        Assert.Equal("054", Single("اعترفت كوريا الشمالية رسميا باستقلال جمهورية دونيتسك الشعبية.", "recognition").Cameo);
        Assert.Equal("161", Single("قطعت أوكرانيا العلاقات الدبلوماسية مع كوريا الشمالية.", "break_relations").Cameo);
    }

    [Fact]
    public void Admitted_is_not_recognition_without_a_recognition_object()
    {
        Assert.DoesNotContain(Events("اعترف بوتين بأن الاتفاقية لا تستبعد التعاون."), e => e.Type == "recognition");
    }

    [Fact]
    public void Launching_initiatives_is_not_a_missile_launch()
    {
        Assert.DoesNotContain(Events("شهدت القمة في كامب ديفيد إطلاق سلسلة من المبادرات بين اليابان والولايات المتحدة."), e => e.Type == "missile_launch");
    }

    [Fact]
    public void A_phone_call_and_praise_are_typed()
    {
        Assert.Equal("041", Single("أجرى بوتين اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ.", "phone_call").Cameo);
        Assert.Equal("051", Single("أشاد كيم جونغ أون بالدعم الروسي.", "praise").Cameo);
    }

    [Fact]
    public void A_sentence_without_a_known_actor_has_no_event()
    {
        Assert.Empty(Events("زار الوفد المدينة والتقى المسؤولين فيها."));
    }

    [Fact]
    public void The_date_of_the_announcement_is_not_the_date_of_the_announced_visit()
    {
        var events = Events("أعلن الكرملين، الاثنين، أن كيم جونغ أون سيجري زيارة إلى روسيا قريبا.", new DateOnly(2023, 9, 11));
        Assert.Equal("2023-09-11", Assert.Single(events, e => e.Type == "statement").Date);
        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Null(visit.Date);
        Assert.Equal(EventStatus.Planned, visit.Status);
    }

    [Fact]
    public void A_year_after_since_is_not_the_event_date()
    {
        Assert.Null(Single("زار بوتين كوريا الشمالية للمرة الأولى منذ عام 2000.", "visit").Date);
    }

    [Fact]
    public void Evidence_and_trigger_spans_point_into_the_body()
    {
        const string body = "مقدمة قصيرة.\nوالتقى بوتين بالزعيم كيم جونغ أون في فلاديفوستوك.";
        var e = Single(body, "meeting");
        Assert.Equal(e.Evidence, body[e.Start..e.End]);
        Assert.StartsWith("والتقى", e.Evidence, StringComparison.Ordinal);
        Assert.Equal("التقى", body[e.TriggerStart..e.TriggerEnd]);
    }

    [Fact]
    public void The_lede_of_a_datelined_report_happened_on_the_publish_day()
    {
        var events = Events("سيول - (رويترز) - أطلقت كوريا الشمالية صاروخا باليستيا قصير المدى باتجاه البحر الشرقي. وكانت بيونغ يانغ قد أجرت تجربة صاروخية مماثلة.");
        Assert.Equal("2024-06-20", events[0].Date);
        Assert.Equal("missile_launch", events[0].Type);
        Assert.Null(Assert.Single(events, e => e.Start > events[0].End).Date);
    }

    [Fact]
    public void Without_a_dateline_an_undated_event_keeps_a_null_date()
    {
        Assert.Null(Single("أطلقت كوريا الشمالية صاروخا باليستيا قصير المدى باتجاه البحر الشرقي.", "missile_launch").Date);
    }

    [Fact]
    public void A_verb_joined_by_waw_shares_the_subject_of_the_first_verb()
    {
        var events = Events("زار الزعيم الكوري الشمالي كيم جونغ أون روسيا صباح أمس، ووقع مع الرئيس فلاديمير بوتين اتفاقية للتعاون.");
        var signing = Assert.Single(events, e => e.Type == "agreement");
        Assert.Equal("Q56226", signing.Participants[0].ActorId);
        Assert.Equal(ParticipantRole.Source, signing.Participants[0].Role);
        Assert.Contains(signing.Participants, p => p is { ActorId: "Q7747", Role: ParticipantRole.Target });
    }

    [Fact]
    public void An_invitation_from_someone_has_the_inviter_as_actor()
    {
        var e = Single("سيزور كيم جونغ أون موسكو بدعوة من فلاديمير بوتين.", "intent_to_meet");
        Assert.Equal("Q7747", e.Participants[0].ActorId);
        Assert.Equal("036", e.Cameo);
    }

    [Fact]
    public void A_short_trigger_is_not_found_inside_a_longer_word_after_a_preposition()
    {
        // وبحث is "and discussed", not و + ب + حث "urged".
        Assert.DoesNotContain(Events("استقبل بوتين الوزيرة الكورية الشمالية وبحث معها التعاون."), e => e.Type == "appeal");
        Assert.Contains(Events("وتعد كوريا الشمالية من أشد الداعمين لغزو موسكو لأوكرانيا."), e => e.Type == "attack");
    }

    [Fact]
    public void Media_in_a_dateline_are_not_participants_and_the_dateline_city_is_a_place()
    {
        var result = Analyzer.Analyze(new ArticleInput("", "موسكو - (أ ف ب) - استقبل الرئيس الروسي فلاديمير بوتين وزيرة الخارجية الكورية الشمالية تشوي سون هوي.", Published));
        Assert.Contains(result.Actors, a => a.OwnId == "np:place/moscow");
        var host = Assert.Single(result.Events, e => e.Type == "host");
        Assert.Equal("Q7747", host.Participants[0].ActorId);
        Assert.DoesNotContain(host.Participants, p => p.OwnId == "np:media/afp");
        Assert.Contains(host.Participants, p => p is { OwnId: "np:person/choe-son-hui", Role: ParticipantRole.Target });
    }

    [Fact]
    public void A_threat_of_future_sanctions_is_a_threat_made_now()
    {
        var e = Single("وحذر المبعوث الأمريكي من أن واشنطن ستفرض عقوبات جديدة على موسكو.", "sanctions_threat");
        Assert.Equal(EventStatus.Happened, e.Status);
    }

    [Fact]
    public void The_source_is_the_named_speaker_rather_than_the_nisba_of_the_title()
    {
        var e = Single("وقال رئيس الوزراء الياباني شيغيرو إيشيبا إن كوريا الشمالية أطلقت صاروخا.", "missile_launch");
        Assert.Equal("np:person/shigeru-ishiba", e.SourceActorId);
    }

    [Fact]
    public void A_condemnation_with_an_object_pronoun_is_criticism()
    {
        Assert.Contains(Events("أجرت كوريا الشمالية تجربة صاروخية أدانتها اليابان بشدة."), e => e.Type == "criticism");
    }
}
