using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Tests.Actors;

public class GazetteerTests
{
    private static readonly Gazetteer Default = Gazetteer.LoadDefault();

    internal static List<ActorMention> Tag(string text, Gazetteer? gazetteer = null, DateOnly? published = null)
    {
        var normalized = ArabicNormalizer.NormalizeWithOffsets(text, keepLineBreaks: true);
        return ActorTagger.Tag(gazetteer ?? Default, normalized, Tokens.Split(normalized.Text), text, published);
    }

    private static List<string> Ids(string text) => [.. Tag(text).Select(m => m.ActorId)];

    [Fact]
    public void The_default_lexicon_holds_at_least_150_actors_with_unique_ids()
    {
        Assert.True(Default.Actors.Count >= 150, $"only {Default.Actors.Count} actors");
        Assert.Equal(Default.Actors.Count, Default.Actors.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Only_verified_wikidata_ids_are_used()
    {
        string[] verified = ["Q7747", "Q56226", "Q10665", "Q41117", "Q159", "Q423", "Q884", "Q30", "Q17", "Q148", "Q794", "Q717",
            "Q212", "Q858", "Q15180", "Q6279", "Q22686", "Q16090635", "Q37470", "Q7184", "Q789915", "Q16150196", "Q16746854",
            "Q18808", "Q649", "Q956", "Q16520", "Q8684", "Q1490", "Q61", "Q1065"];
        Assert.All(Default.Actors.Where(a => a.WikidataId is not null), a => Assert.Contains(a.WikidataId, verified));
    }

    [Fact]
    public void Proclitic_waw_is_stripped_only_when_the_rest_is_a_known_name()
    {
        var m = Assert.Single(Tag("ووصل وبوتين"));
        Assert.Equal("np:person/vladimir-putin", m.ActorId);
        Assert.Equal("بوتين", m.Text);
        // واشنطن begins with و but is itself the name.
        Assert.Equal(["np:place/washington-dc", "np:country/united-states"], Ids("قالت واشنطن إنها قلقة"));
    }

    [Theory]
    [InlineData("لبوتين")]
    [InlineData("فبوتين")]
    [InlineData("وبوتين")]
    [InlineData("وكبوتين")]
    public void Prepositions_and_conjunctions_before_a_name_are_stripped(string word)
    {
        Assert.Equal(["np:person/vladimir-putin"], Ids($"رسالة {word} اليوم"));
    }

    [Fact]
    public void Lil_is_lam_plus_the_article()
    {
        var m = Assert.Single(Tag("رسالة للكرملين"));
        Assert.Equal("np:org/presidency-of-russia", m.ActorId);
    }

    [Fact]
    public void No_match_inside_a_word()
    {
        Assert.Empty(Tag("البوتينية والروسياوي"));
    }

    [Fact]
    public void Space_variants_of_a_place_name_match_the_same_actor()
    {
        var a = Tag("وصل إلى بيونغ يانغ أمس");
        var b = Tag("وصل إلى بيونغيانغ أمس");
        var c = Tag("وصل إلى بيونج يانج أمس");
        Assert.All(new[] { a, b, c }, m => Assert.Equal("np:place/pyongyang", Assert.Single(m).ActorId));
    }

    [Fact]
    public void A_capital_is_always_the_city_and_speaking_for_its_state_it_is_also_the_state()
    {
        Assert.Equal(["np:place/moscow"], Ids("عقد اللقاء في موسكو"));
        Assert.Equal(["np:place/moscow", "np:country/russia"], Ids("رحبت موسكو بالقرار"));
        var state = Tag("رحبت موسكو بالقرار")[1];
        Assert.Equal((MentionForm.Metonym, "موسكو"), (state.Form, state.Text));
        Assert.Equal(["np:place/seoul", "np:country/south-korea"], Ids("ونددت سيول بالإطلاق"));
    }

    [Fact]
    public void Longest_match_wins()
    {
        var m = Assert.Single(Tag("أعلنت وزارة الخارجية الأمريكية"));
        Assert.Equal("np:org/us-department-of-state", m.ActorId);
        Assert.Equal(["np:country/north-korea"], Ids("جمهورية كوريا الديمقراطية الشعبية"));
    }

    [Theory]
    [InlineData("سيرغي شويغو")]
    [InlineData("سيرجي شويجو")]
    [InlineData("سيرجي شويغو")]
    public void G_written_as_ghain_or_jim_match_the_same_person(string name)
    {
        Assert.Equal(["np:person/sergei-shoigu"], Ids($"قال {name} إن"));
    }

    [Theory]
    [InlineData("كيم جونغ أون")]
    [InlineData("كيم جونج أون")]
    [InlineData("كيم جونغ-أون")]
    [InlineData("كِيم جُونغ أُون")]
    public void Kim_Jong_Un_in_every_press_spelling(string name)
    {
        Assert.Equal(["np:person/kim-jong-un"], Ids($"التقى {name} بوفد"));
    }

    [Fact]
    public void Bare_Kim_goes_to_the_Kim_named_in_full_earlier()
    {
        var ids = Ids("استقبل كيم جونغ أون الوفد. وقال كيم إن بلاده مستعدة");
        Assert.Equal(["np:person/kim-jong-un", "np:person/kim-jong-un"], ids);
        var other = Ids("زار كيم يو جونغ المصنع. ثم قالت كيم إن");
        Assert.Equal(["np:person/kim-yo-jong", "np:person/kim-yo-jong"], other);
    }

    [Fact]
    public void Bare_Kim_follows_the_most_recent_full_name()
    {
        var ids = Ids("حكم كيم جونغ إيل البلاد، ثم خلفه كيم جونغ أون. وقال كيم إن");
        Assert.Equal("np:person/kim-jong-un", ids[^1]);
    }

    [Fact]
    public void Bare_Kim_without_a_full_name_in_the_article_is_left_out()
    {
        Assert.Empty(Tag("قال كيم إن البلاد مستعدة"));
    }

    [Fact]
    public void Nisba_adjectives_resolve_to_the_country()
    {
        var mentions = Tag("قال المسؤولون الروس والرئيس الروسي والقوات الكورية الشمالية والجنود الكوريين الشماليين والموقف الأميركي");
        Assert.Contains(mentions, m => m is { ActorId: "np:country/russia", Form: MentionForm.Nisba, Text: "الروس" });
        Assert.Contains(mentions, m => m is { ActorId: "np:country/russia", Text: "الروسي" });
        // "القوات الكورية الشمالية" is the state's forces: the country, as the press conventions count it.
        Assert.Contains(mentions, m => m is { ActorId: "np:country/north-korea", Text: "الكورية الشمالية" });
        Assert.Contains(mentions, m => m is { ActorId: "np:country/north-korea", Text: "الكوريين الشماليين" });
        Assert.Contains(mentions, m => m is { ActorId: "np:country/united-states", Text: "الأميركي" });
    }

    [Fact]
    public void Bare_Korean_nisba_is_not_tagged_because_it_names_no_single_Korea()
    {
        Assert.Empty(Tag("الشعب الكوري"));
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("لبوتين")]
    [InlineData("Putin")]
    [InlineData("putin")]
    [InlineData("فلاديمير بوتين")]
    [InlineData("Vladimir Putin")]
    public void Resolve_finds_an_actor_from_any_typed_spelling(string query)
    {
        Assert.Equal("np:person/vladimir-putin", Assert.Single(Default.Resolve(query)).Id);
    }

    [Fact]
    public void Resolve_of_a_short_name_returns_every_actor_it_may_mean()
    {
        var kims = Default.Resolve("كيم");
        Assert.Contains(kims, a => a.Id == "np:person/kim-jong-un");
        Assert.Contains(kims, a => a.Id == "np:person/kim-yo-jong");
        Assert.Empty(Default.Resolve("لا أحد"));
    }

    [Fact]
    public void Suggest_lists_alias_keys_by_prefix()
    {
        var suggestions = Default.Suggest("بيون");
        Assert.Contains(suggestions, a => a.ActorId == "np:place/pyongyang");
    }

    [Fact]
    public void Build_accepts_entries_that_did_not_come_from_the_lexicon()
    {
        var g = Gazetteer.Build([
            new ActorEntry { Id = "np:person/test-envoy", Kind = ActorKinds.Person, Name = "Test Envoy", NamesAr = ["سامي الخطيب"] },
        ]);
        var m = Assert.Single(Tag("وصل المبعوث سامي الخطيب", g));
        Assert.Equal("np:person/test-envoy", m.ActorId);
        Assert.Equal("سامي الخطيب", m.Text);
    }

    [Fact]
    public void Roles_know_their_dates()
    {
        var shoigu = Default.Find("np:person/sergei-shoigu")!;
        Assert.Contains(shoigu.Roles, r => r.Title.StartsWith("Minister of Defence", StringComparison.Ordinal) && r.HeldOn(new DateOnly(2023, 7, 26)));
        Assert.DoesNotContain(shoigu.Roles, r => r.Title.StartsWith("Minister of Defence", StringComparison.Ordinal) && r.HeldOn(new DateOnly(2024, 8, 1)));
        var belousov = Default.Find("np:person/andrey-belousov")!;
        Assert.Contains(belousov.Roles, r => r.Title.StartsWith("Minister of Defence", StringComparison.Ordinal) && r.HeldOn(new DateOnly(2024, 8, 1)));
    }

    [Fact]
    public void Spans_exclude_format_marks_but_keep_harakat_of_the_last_letter()
    {
        const string text = "قال \u200Fبوتينُ اليوم";
        var m = Assert.Single(Tag(text));
        Assert.Equal("بوتينُ", text[m.Start..m.End]);
    }

    [Fact]
    public void Kim_Yong_Nam_is_not_Kim_Jong_Un()
    {
        Assert.Equal(["np:person/kim-yong-nam"], Ids("استقبل كيم يونغ نام الوفد"));
        Assert.Equal(["np:person/kim-yong-chol", "np:place/new-york-city"], Ids("وصل كيم يونغ تشول إلى نيويورك"));
    }

    [Fact]
    public void Build_tolerates_entries_with_null_lists_and_blank_names()
    {
        var g = Gazetteer.Build([
            new ActorEntry { Id = "np:org/x", Kind = ActorKinds.Organization, Name = "X Org", NamesAr = null!, Nisba = null!, NamesEn = ["", " "] },
        ]);
        Assert.Single(g.Resolve("x org"));
    }

    [Fact]
    public void Saudi_spelling_of_America_and_the_Levantine_spelling_of_American_both_resolve()
    {
        Assert.Equal(["np:country/united-states", "np:country/united-states"], Ids("قالت أميركا إن الموقف الأمريكي ثابت"));
    }

    [Theory]
    [InlineData("2023-07-26", "np:person/sergei-shoigu")]
    [InlineData("2024-08-01", "np:person/andrey-belousov")]
    public void A_title_alone_names_whoever_held_it_on_the_publish_date(string published, string expected)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var m = Assert.Single(Tag("وصل وزير الدفاع الروسي إلى بيونغ يانغ", published: day), x => x.Form == MentionForm.Title);
        Assert.Equal(expected, m.ActorId);
        Assert.Equal("وزير الدفاع الروسي", m.Text);
    }

    [Fact]
    public void A_title_alone_without_a_publish_date_names_nobody()
    {
        Assert.DoesNotContain(Tag("وصل وزير الدفاع الروسي إلى بيونغ يانغ"), m => m.ActorId.StartsWith("np:person/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_followed_by_the_name_counts_once_as_the_name()
    {
        var mentions = Tag("قال الرئيس الروسي فلاديمير بوتين إن", published: new DateOnly(2023, 9, 13));
        var putin = Assert.Single(mentions, m => m.ActorId == "np:person/vladimir-putin");
        Assert.Equal("فلاديمير بوتين", putin.Text);
        Assert.Equal(MentionForm.Name, putin.Form);
    }

    [Fact]
    public void Every_lexicon_entry_is_well_formed()
    {
        string[] kinds = [ActorKinds.Person, ActorKinds.Country, ActorKinds.Organization, ActorKinds.Location, ActorKinds.Weapon,
            ActorKinds.Agreement, ActorKinds.Media, ActorKinds.Operation, ActorKinds.Feature];
        Assert.All(Default.Actors, a =>
        {
            Assert.StartsWith("np:", a.Id, StringComparison.Ordinal);
            Assert.Contains(a.Kind, kinds);
            Assert.NotEmpty(a.NamesAr);
            Assert.All(a.Roles, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
            Assert.All(a.Roles, r => Assert.True(r.From is null || r.To is null || string.CompareOrdinal(r.From, r.To) <= 0, $"{a.Id} {r.Title}"));
            Assert.True(a.Country is null || Default.Find(a.Country) is not null, $"{a.Id} country {a.Country}");
        });
    }
}
