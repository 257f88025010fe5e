using NewsPortal.Analysis.Actors;

namespace NewsPortal.Analysis.Tests.Actors;

/// <summary>Getting the entity right: which actor a name stands for in its sentence.</summary>
public class EntityRuleTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    private static List<string> Actors(string body, DateOnly? published = null, string title = "") =>
        [.. Analyzer.Analyze(new ArticleInput(title, body, published)).Actors.Select(a => a.OwnId)];

    [Fact]
    public void A_country_inside_an_organisation_name_belongs_to_the_organisation()
    {
        var ids = Actors("وقالت هيئة الأركان المشتركة في كوريا الجنوبية إن الصاروخ قطع مسافة طويلة.");
        Assert.Equal(["np:org/south-korean-jcs"], ids);
    }

    [Fact]
    public void The_republic_of_north_korea_is_north_korea()
    {
        Assert.Equal(["np:country/north-korea"], Actors("وأعلنت جمهورية كوريا الشمالية استعدادها للحوار."));
    }

    [Fact]
    public void Russia_today_before_a_weekday_is_russia_and_today_not_the_channel()
    {
        Assert.Equal(["np:country/russia"], Actors("وصل الوفد إلى روسيا اليوم الخميس في زيارة رسمية."));
        Assert.Equal(["np:media/rt"], Actors("وبثت قناة روسيا اليوم صورا من الحدود."));
    }

    [Fact]
    public void A_title_with_then_is_the_person_named_after_it_not_todays_holder()
    {
        var ids = Actors("والتقى الرئيس الأمريكي آنذاك دونالد ترامب بالزعيم الكوري الشمالي في سنغافورة.", new DateOnly(2024, 3, 1));
        Assert.Contains("np:person/donald-trump", ids);
        Assert.DoesNotContain("np:person/joe-biden", ids);
    }

    [Fact]
    public void A_former_title_without_a_name_names_nobody()
    {
        Assert.DoesNotContain("np:person/joe-biden", Actors("وانتقد وزير الدفاع الأمريكي السابق القرار.", new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void A_title_resolves_by_the_year_its_sentence_speaks_of()
    {
        var ids = Actors("وفي عام 2018 زار وزير الخارجية الأمريكي بيونغ يانغ مرتين.", new DateOnly(2024, 3, 1));
        Assert.Contains("np:person/mike-pompeo", ids);
        Assert.DoesNotContain("np:person/antony-blinken", ids);
    }

    [Fact]
    public void Each_title_resolves_by_the_date_of_its_own_sentence()
    {
        // Guards the per-sentence date lookup (binary search over the article's dates): a later
        // sentence's year, an earlier one's, and an undated sentence that falls back to the publish day.
        var ids = Actors("وفي عام 2022 انتقد وزير الخارجية الأمريكي التجربة الصاروخية. وقال مسؤول إن الحوار ممكن. "
            + "وفي عام 2018 زار وزير الخارجية الأمريكي بيونغ يانغ مرتين. ثم انتقد وزير الدفاع الأمريكي القرار.", new DateOnly(2024, 3, 1));
        Assert.Contains("np:person/antony-blinken", ids);
        Assert.Contains("np:person/mike-pompeo", ids);
        Assert.Contains("np:person/lloyd-austin", ids);
    }

    [Fact]
    public void Coordinated_names_share_their_head()
    {
        var ids = Actors("واعترفت بيونغ يانغ باستقلال جمهوريتي دونيتسك ولوغانسك.");
        Assert.Contains("np:country/donetsk-peoples-republic", ids);
        Assert.Contains("np:country/luhansk-peoples-republic", ids);
        Assert.DoesNotContain("np:place/donetsk", ids);
        Assert.Contains("np:country/south-korea", Actors("وتوترت العلاقات بين كوريا الشمالية والجنوبية."));
    }

    [Fact]
    public void A_capital_speaking_for_its_state_is_the_city_linked_to_the_state()
    {
        var analysis = Analyzer.Analyze(new ArticleInput("", "ورحبت موسكو بالمبادرة.", null));
        var moscow = Assert.Single(analysis.Actors, a => a.OwnId == "np:place/moscow");
        var russia = Assert.Single(analysis.Actors, a => a.OwnId == "np:country/russia");
        Assert.Equal(moscow.Mentions[0].Start, russia.Mentions[0].Start);
        Assert.Equal(MentionForm.Metonym, russia.Mentions[0].Form);
    }

    [Fact]
    public void The_kremlin_is_the_presidency_when_it_speaks_and_the_venue_after_in()
    {
        Assert.Equal(["np:org/presidency-of-russia"], Actors("وأعلن الكرملين موعد القمة."));
        Assert.Equal(["np:place/moscow-kremlin"], Actors("وجرت المحادثات في الكرملين."));
        Assert.Equal(["np:org/presidency-of-russia"], Actors("لا شيء هنا.", title: "الكرملين يعلن موعد القمة"));
    }

    [Fact]
    public void Wars_treaties_and_weapons_are_topics_not_actors()
    {
        var analysis = Analyzer.Analyze(new ArticleInput("", "ووقع البلدان معاهدة الشراكة الاستراتيجية الشاملة بعد الحرب الكورية.", null));
        Assert.Empty(analysis.Actors);
        Assert.Contains(analysis.Topics, t => t.Kind == ActorKinds.Agreement);
        Assert.Contains(analysis.Topics, t => t.Kind == ActorKinds.Operation);
    }
}
