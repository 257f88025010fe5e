using NewsPortal.Analysis.Actors;

namespace NewsPortal.Analysis.Tests.Actors;

/// <summary>Actors the gazetteer does not hold, proposed to an admin with their kind, title and sentence.</summary>
public class CandidateActorTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    private static IReadOnlyList<CandidateActor> Candidates(string body) => Analyzer.Analyze(new ArticleInput("", body, null)).Candidates;

    [Fact]
    public void A_person_introduced_by_a_role_is_a_person_candidate_with_the_role_and_the_sentence()
    {
        const string body = "وصل الوفد إلى المدينة. وأوضح نائب وزير الخارجية الروسي، فاسيلي كوندراتيف، أن المحادثات ستستمر.";
        var c = Assert.Single(Candidates(body));
        Assert.Equal(("فاسيلي كوندراتيف", ActorKinds.Person, "نائب وزير الخارجية الروسي"), (c.Name, c.Kind, c.Title));
        Assert.Equal("وأوضح نائب وزير الخارجية الروسي، فاسيلي كوندراتيف، أن المحادثات ستستمر", c.Evidence);
    }

    [Fact]
    public void A_foreign_given_name_and_a_surname_make_a_person_candidate_without_a_title()
    {
        var c = Assert.Single(Candidates("وحضر الاحتفال ديمتري كورساكوف وعدد من الضيوف."));
        Assert.Equal(("ديمتري كورساكوف", ActorKinds.Person, ""), (c.Name, c.Kind, c.Title));
    }

    [Theory]
    [InlineData("وذكرت صحيفة «نوفايا غازيتا» أن القطار وصل متأخرا.", "نوفايا غازيتا", "صحيفة")]
    [InlineData("ونقلت قناة تسارغراد صورا من الميناء.", "تسارغراد", "قناة")]
    [InlineData("ونشرت صحيفة هيوستن كرونيكل تريبيون صورا للسفينة.", "هيوستن كرونيكل تريبيون", "صحيفة")]
    [InlineData("وأفادت وكالة ماينيتشي للأنباء بأن السفينة غادرت.", "ماينيتشي للأنباء", "وكالة")]
    [InlineData("ونقلت صحيفة سانكيو إيلبو عن مصادر أن الوفد وصل.", "سانكيو إيلبو", "صحيفة")]
    [InlineData("وجاء ذلك نقلا عن \"ميدوزا\" في تقرير مطول.", "ميدوزا", "نقلا عن")]
    public void An_outlet_introduced_by_its_kind_of_outlet_is_a_media_candidate(string body, string name, string title)
    {
        var c = Assert.Single(Candidates(body));
        Assert.Equal((name, ActorKinds.Media, title), (c.Name, c.Kind, c.Title));
    }

    [Fact]
    public void A_company_named_in_quotes_is_an_organization_candidate()
    {
        var c = Assert.Single(Candidates("ووقعت شركة \"بروميكس تيخ\" عقدا لبناء الجسر."));
        Assert.Equal(("بروميكس تيخ", ActorKinds.Organization), (c.Name, c.Kind));
    }

    [Theory]
    [InlineData("وقال مسؤول طلب عدم كشف هويته إن الاجتماع تأجل.")]
    [InlineData("وسيلتقي وزير خارجية كوريا الشمالية نظيره غدا.")]
    [InlineData("وقال وزير خارجية إن بلاده لن توقع.")]
    [InlineData("وذكرت وكالة الأنباء الرسمية أن الزعيم غادر.")]
    [InlineData("وقالت صحيفة محلية إن السفينة رست في الميناء.")]
    [InlineData("وظهر الزعيم الكوري الشمالي مبتهجا بابتسامة عريضة.")]
    [InlineData("نحتاج لأن نرى الزعيم كيم يفعل ما وعد به.")]
    public void Everyday_words_after_a_title_or_an_outlet_word_are_no_candidate(string body)
    {
        Assert.Empty(Candidates(body));
    }

    [Fact]
    public void An_outlet_or_person_the_gazetteer_knows_is_no_candidate()
    {
        Assert.Empty(Candidates("وذكرت صحيفة «كوميرسانت» أن وزير الخارجية الروسي سيرغي لافروف سيزور بيونغ يانغ."));
    }

    [Theory]
    [InlineData("واستقبل الرئيس الفنلندي ماركو هالونين والوفد المرافق له في القصر.", "ماركو هالونين")]
    [InlineData("والتقى المبعوث الأمريكي جيمس هارتلي وتيموفييف في جنيف.", "جيمس هارتلي")]
    public void A_name_ends_before_and_the_next_word(string body, string name)
    {
        Assert.Equal([name], Candidates(body).Select(c => c.Name));
    }

    [Theory]
    [InlineData("وكان وزير الدفاع الكوري الجنوبي بارك سون غادر العاصمة أمس.", "بارك سون")]
    [InlineData("وكان رئيس الوزراء الفنلندي ماركو هالونين قرر الانسحاب من المفاوضات.", "ماركو هالونين")]
    public void A_name_ends_before_the_verb_that_follows_it(string body, string name)
    {
        Assert.Equal([name], Candidates(body).Select(c => c.Name));
    }

    [Fact]
    public void A_time_word_after_a_title_belongs_to_the_title_not_to_the_name()
    {
        var c = Assert.Single(Candidates("وكان الرئيس الفنلندي آنذاك ماركو هالونين قد رحب بالاتفاق."));
        Assert.Equal(("ماركو هالونين", "الرئيس الفنلندي آنذاك"), (c.Name, c.Title));
    }

    [Theory]
    [InlineData("وقال وزير الطاقة الإماراتي سهيل بن سعيد الفلاسي إن الإنتاج سيرتفع.")]
    [InlineData("وبحسب الزعيم الكوري الشمالي ستبدأ مفاوضات جديدة قريبا.")]
    public void A_cut_short_Arabic_name_or_a_verb_with_a_plural_noun_is_no_candidate(string body)
    {
        Assert.Empty(Candidates(body));
    }
}
