using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Events;

namespace NewsPortal.Analysis.Tests.Events;

/// <summary>How the Arabic press phrases acts that a reader expects as events (own test sentences).</summary>
public class PressPhrasingTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 6, 19);

    private static IReadOnlyList<EventMention> Events(string body, DateOnly? published = null) =>
        Analyzer.Analyze(new ArticleInput("", body, published ?? Published)).Events;

    private static IEnumerable<string> Roots(EventMention e) => e.Facets.Select(f => f.Cameo).Prepend(e.Cameo).Select(c => c[..2]);

    [Theory]
    [InlineData("أكد رئيس الوزراء الهندي، أن حكومته ستعزز التعاون مع اليابان في مجال الطاقة.")]
    [InlineData("وقال وزير الخارجية الصيني إن بلاده سوف تطور العلاقات مع روسيا.")]
    [InlineData("قال الرئيس الروسي فلاديمير بوتين: \"إننا سنواصل تعزيز التعاون مع شركائنا\".")]
    public void Saying_a_country_will_strengthen_cooperation_states_an_intent_to_cooperate(string body)
    {
        var e = Assert.Single(Events(body));
        Assert.Contains("03", Roots(e));
        Assert.Equal(EventStatus.Happened, e.Status);
    }

    [Fact]
    public void Strengthening_cooperation_told_in_the_present_is_no_intent()
    {
        var events = Events("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تعزز التعاون مع الصين.");
        Assert.DoesNotContain(events, e => Roots(e).Contains("03"));
    }

    [Fact]
    public void Welcoming_crowds_are_no_mobilization()
    {
        var events = Events("استقبلت حشود كبيرة الرئيس الروسي فلاديمير بوتين في بيونغ يانغ اليوم الأربعاء.");
        Assert.DoesNotContain(events, e => e.Type == "mobilization");
        Assert.Contains(events, e => e.Type == "host" && e.Date == "2024-06-19");
    }

    [Fact]
    public void Massing_troops_is_a_mobilization()
    {
        Assert.Contains(Events("حشدت روسيا قوات كبيرة على الحدود مع أوكرانيا الثلاثاء."), e => e.Type == "mobilization");
    }

    [Fact]
    public void Casting_doubt_is_a_dated_statement()
    {
        var e = Assert.Single(Events("وشكك الرئيس الأمريكي دونالد ترامب الثلاثاء في جدوى العقوبات على روسيا."), e => e.Type == "statement");
        Assert.Equal("2024-06-18", e.Date);
        Assert.Equal(DatePrecision.Day, e.DatePrecision);
    }

    [Fact]
    public void However_opens_a_statement_of_its_own_with_its_own_day()
    {
        var events = Events("وتؤكد اليابان أنها ستشارك في المؤتمر، غير أن الرئيس الصيني شكك الاثنين، في جدوى المؤتمر.");
        Assert.Contains(events, e => e.Type == "statement" && e.Date == "2024-06-17" && e.Participants[0].OwnId == "np:person/xi-jinping");
    }

    [Fact]
    public void A_day_right_after_a_verb_does_not_date_the_happening_named_in_its_object()
    {
        var events = Events("شكك الرئيس الأمريكي جو بايدن الثلاثاء في احتمال انعقاد القمة مع بوتين.");
        Assert.Contains(events, e => e.Type == "statement" && e.Date == "2024-06-18");
        Assert.DoesNotContain(events, e => e.Type == "meeting" && e.Date is not null);
    }

    [Fact]
    public void Talks_held_and_a_summit_to_come_in_one_sentence_are_two_happenings()
    {
        var events = Events("وعلى صعيد القمة المرتقبة بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ، قال وزير الخارجية الأمريكي أنتوني بلينكن إنه أحرز تقدما خلال محادثات بكين مع نظيره الصيني، يوم الاثنين، وإن القمة ستعقد.");
        Assert.Contains(events, e => e.Type == "talks" && e.Date == "2024-06-17" && e.Status == EventStatus.Happened);
    }

    [Fact]
    public void A_weekday_of_a_past_act_is_not_after_the_publish_day()
    {
        // The future verb earlier in the sentence does not make Tuesday's announcement next Tuesday.
        var events = Events("بعد أن قال إن المفاوضات ستبدأ قريبا، غير الرئيس الأمريكي جو بايدن لهجته إذ أعلن الخميس أنه لا مهلة لذلك.", new DateOnly(2024, 6, 19));
        Assert.Contains(events, e => e.Type == "statement" && e.Date == "2024-06-13");
    }

    [Fact]
    public void A_summit_days_after_the_news_is_to_come_and_its_weekday_is_ahead()
    {
        var events = Events("جاءت تصريحات الرئيس الصيني قبل أيام من عقد قمة بين قادة اليابان والهند يوم السبت في طوكيو.");
        var summit = Assert.Single(events, e => e.Type == "meeting");
        Assert.Equal(EventStatus.Planned, summit.Status);
        Assert.Equal("2024-06-22", summit.Date);
    }
}
