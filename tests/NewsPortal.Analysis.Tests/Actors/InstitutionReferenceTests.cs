namespace NewsPortal.Analysis.Tests.Actors;

/// <summary>
/// Institutions the press names without their state or by "the ministry"/"the embassy", and names that
/// only look like a state's (a company's nationality, a web address, a capital speaking for its state).
/// </summary>
public class InstitutionReferenceTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    private static ArticleAnalysis Analyze(string body) => Analyzer.Analyze(new ArticleInput("", body, new DateOnly(2024, 6, 1)));

    private static List<string> Actors(string body) => [.. Analyze(body).Actors.Select(a => a.OwnId)];

    [Fact]
    public void A_ministry_without_its_state_belongs_to_the_state_whose_ministry_was_named_just_before()
    {
        var ids = Actors("ونشرت وزارة الداخلية الروسية أرقاما جديدة عن العمال الأجانب. وأضافت وزارة العمل أن التصاريح تضاعفت.");
        Assert.Contains("np:org/ministry-of-labour-and-social-protection-russia", ids);
    }

    [Fact]
    public void The_ministry_after_a_ministers_title_is_that_ministers_ministry()
    {
        var ids = Actors("ويزور وزير الخارجية الروسي العاصمة الكورية الشمالية الشهر المقبل، كما قالت المتحدثة باسم الوزارة للصحفيين.");
        Assert.Contains("np:org/russian-foreign-ministry", ids);
    }

    [Fact]
    public void A_ministry_without_its_state_belongs_to_the_only_state_its_sentence_names()
    {
        Assert.Contains("np:org/ministry-of-energy-saudi-arabia", Actors("وقال مصدر في وزارة الطاقة إن السعودية ستمدد خفض إنتاجها شهرا آخر."));
    }

    [Fact]
    public void A_ministry_with_no_state_to_belong_to_names_nobody()
    {
        Assert.Empty(Actors("وقالت وزارة الدفاع إن التدريبات انتهت دون حوادث."));
    }

    [Fact]
    public void A_ministry_followed_by_another_states_adjective_is_not_the_earlier_states()
    {
        var ids = Actors("وقالت وزارة الدفاع الروسية إن المناورات بدأت. وردت وزارة الدفاع الفرنسية بأنها تتابع الموقف.");
        Assert.Single(ids, id => id == "np:org/russian-defence-ministry");
        Assert.Equal(1, Analyze("وقالت وزارة الدفاع الروسية إن المناورات بدأت. وردت وزارة الدفاع الفرنسية بأنها تتابع الموقف.")
            .Actors.Single(a => a.OwnId == "np:org/russian-defence-ministry").MentionCount);
    }

    [Fact]
    public void The_embassy_is_the_one_embassy_of_the_state_in_context_in_a_state_the_article_names()
    {
        var ids = Actors("وقالت وزارة الخارجية الروسية إن موظفي السفارة غادروا كوريا الشمالية بالقطار.");
        Assert.Contains("np:org/embassy-of-russia-in-pyongyang", ids);
    }

    [Fact]
    public void The_embassy_after_a_named_embassy_is_that_embassy()
    {
        var ids = Actors("وأعلنت السفارة الروسية لدى كوريا الجنوبية أن القمح وصل إلى كوريا الشمالية. وأضافت السفارة الروسية أن الشحنة الثانية في الطريق.");
        Assert.Contains("np:org/embassy-of-russia-in-south-korea", ids);
        Assert.DoesNotContain("np:org/embassy-of-russia-in-pyongyang", ids);
    }

    [Fact]
    public void An_embassy_that_could_be_in_either_of_two_named_states_names_no_embassy()
    {
        var ids = Actors("وتحدثت الخارجية الروسية عن كوريا الشمالية وكوريا الجنوبية، وقال موظف في السفارة إن الوضع هادئ.");
        Assert.DoesNotContain(ids, id => id.StartsWith("np:org/embassy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_only_linked_from_its_capital_is_found_but_not_named()
    {
        var linked = Analyze("ورحبت موسكو بالمبادرة.").Actors.Single(a => a.OwnId == "np:country/russia");
        Assert.False(linked.Named);
        Assert.Equal("np:place/moscow", linked.Mentions[0].Via);
        var named = Analyze("ورحبت موسكو بالمبادرة، وقالت روسيا إنها تدرسها.").Actors.Single(a => a.OwnId == "np:country/russia");
        Assert.True(named.Named);
    }

    [Fact]
    public void A_companys_or_an_eras_nationality_and_a_right_arm_are_not_states()
    {
        Assert.DoesNotContain("np:country/united-kingdom", Actors("ووقعت شركة بريطانية عقدا مع المستشفى."));
        Assert.DoesNotContain("np:country/soviet-union", Actors("وركب سيارة تعود إلى الحقبة السوفيتية."));
        Assert.DoesNotContain("np:country/yemen", Actors("واستقبله مساعده وذراعه اليمنى في المطار."));
        Assert.Contains("np:country/united-kingdom", Actors("وانتقد وزير الخارجية البريطاني الخطوة."));
    }

    [Fact]
    public void A_latin_name_inside_a_web_address_is_not_the_outlet()
    {
        Assert.Empty(Actors("وأرفق صورة pic.twitter.com/Ab12Cd بالمنشور."));
        Assert.Contains("np:media/twitter", Actors("وكتب على تويتر أن الاجتماع كان مثمرا."));
    }

    [Fact]
    public void The_south_korean_news_agency_is_yonhap_not_the_north_korean_agency()
    {
        var ids = Actors("وذكرت وكالة الأنباء الكورية الجنوبية أن الوفد وصل.");
        Assert.Contains("np:media/yonhap", ids);
        Assert.DoesNotContain("np:media/kcna", ids);
    }

    [Fact]
    public void The_un_panel_of_experts_is_named_by_its_number_and_then_by_its_short_name()
    {
        var analysis = Analyze("وانتهت ولاية مجموعة الخبراء 1718 نهاية أبريل. وكانت لجنة الخبراء قد رصدت شحنات الأسلحة.");
        var panel = Assert.Single(analysis.Actors, a => a.OwnId == "np:org/un-panel-of-experts-dprk");
        Assert.Equal(2, panel.MentionCount);
        Assert.Empty(Actors("وقالت لجنة الخبراء في الجامعة إن النتائج مشجعة."));
    }

    [Fact]
    public void An_abbreviation_given_in_parentheses_names_its_outlet_only_in_parentheses()
    {
        Assert.Contains("np:media/kcna", Actors("وأفادت وكالة الأنباء الرسمية (كنا) بأن الزعيم تفقد المصنع."));
        Assert.Empty(Actors("كنا نعتقد أن الاجتماع سيتأخر."));
    }
}
