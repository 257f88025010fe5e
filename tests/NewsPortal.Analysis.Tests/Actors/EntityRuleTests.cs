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
    [Fact]
    public void An_institution_named_in_a_title_is_an_actor_too()
    {
        var ids = Actors("وقال ديمتري بيسكوف المتحدث باسم الكرملين إن الموعد لم يحدد بعد.", new DateOnly(2024, 5, 2));
        Assert.Contains("np:person/dmitry-peskov", ids);
        Assert.Contains("np:org/presidency-of-russia", ids);
        Assert.Contains("np:org/russian-security-council", Actors("واستقبل الزعيم ضيفه أمين مجلس الأمن الروسي في العاصمة.", new DateOnly(2024, 9, 13)));
    }

    [Fact]
    public void A_ministers_field_is_not_the_ministry()
    {
        var ids = Actors("وصرح وزير الخارجية الروسية للصحفيين بأن الزيارة ناجحة.", new DateOnly(2023, 10, 19));
        Assert.DoesNotContain("np:org/russian-foreign-ministry", ids);
        Assert.Contains("np:country/russia", ids);
        Assert.Contains("np:org/russian-foreign-ministry", Actors("وقالت وزارة الخارجية الروسية إن الزيارة ناجحة."));
    }

    [Fact]
    public void A_title_word_before_a_shared_short_name_picks_the_holder_of_that_title()
    {
        var ids = Actors("وقالت السفيرة إنها تنتظر أن يفي الزعيم كيم بما وعد به أمام الجميع.", new DateOnly(2018, 7, 20));
        Assert.Contains("np:person/kim-jong-un", ids);
        Assert.DoesNotContain("np:person/kim-yong-nam", ids);
        // No day, no holder: the short name stays untagged.
        Assert.DoesNotContain("np:person/kim-jong-un", Actors("وقالت السفيرة إنها تنتظر أن يفي الزعيم كيم بوعوده."));
    }

    [Fact]
    public void A_city_naming_a_street_or_road_is_not_the_city()
    {
        var ids = Actors("ووقع الحادث على طريق مينسك السريع قرب العاصمة.");
        Assert.DoesNotContain("np:place/minsk", ids);
        Assert.DoesNotContain("np:country/belarus", ids);
        Assert.Contains("np:place/minsk", Actors("ويمر الخط عن طريق مينسك إلى الغرب."));
    }

    [Fact]
    public void An_organisation_name_takes_the_spelling_variants_of_the_place_in_it()
    {
        Assert.Contains("np:org/embassy-of-russia-in-pyongyang", Actors("وقالت السفارة الروسية في بيونج يانج إن الشحنة وصلت."));
    }

    [Fact]
    public void The_un_adjective_names_the_united_nations()
    {
        Assert.Contains("np:org/united-nations", Actors("ويعد ذلك خرقا للعقوبات الأممية المفروضة على البلاد."));
    }
    [Fact]
    public void A_quoted_dual_head_is_still_shared_by_the_names_after_it()
    {
        var ids = Actors("وأيدت الحكومة استقلال \"جمهوريتي\" دونيتسك ولوغانسك رسميا.");
        Assert.Contains("np:country/donetsk-peoples-republic", ids);
        Assert.Contains("np:country/luhansk-peoples-republic", ids);
        Assert.DoesNotContain("np:place/donetsk", ids);
    }

    [Fact]
    public void Korean_ch_is_written_with_or_without_the_t()
    {
        Assert.Contains("np:person/sin-hong-chol", Actors("وسلم السفير سين هونغ شول الرسالة إلى الوزارة."));
    }
    [Fact]
    public void A_players_or_leagues_nationality_is_not_the_state()
    {
        var ids = Actors("وسجل مهاجمه التونسي هدفين في مباراة الدوري الياباني أمس.");
        Assert.DoesNotContain("np:country/tunisia", ids);
        Assert.DoesNotContain("np:country/japan", ids);
        Assert.Contains("np:country/tunisia", Actors("وقال الرئيس التونسي إن المباراة أقيمت في موعدها."));
    }

    [Theory]
    [InlineData("وعاد إلى التشكيلة بالإضافة إلى الأرجنتيني لوكاس فيراري الذي سجل هدفين.", "وقال الرئيس الأرجنتيني إن المباراة أقيمت.", "np:country/argentina")]
    [InlineData("وتأثر الفريق كثيرا مع غياب البرازيلي رافائيل سانتوس عن المباراة.", "وقال الرئيس البرازيلي إن المباراة أقيمت.", "np:country/brazil")]
    public void A_nationality_standing_as_a_noun_before_a_name_is_not_the_state(string player, string official, string state)
    {
        Assert.DoesNotContain(state, Actors(player));
        Assert.Contains(state, Actors(official));
    }
}
