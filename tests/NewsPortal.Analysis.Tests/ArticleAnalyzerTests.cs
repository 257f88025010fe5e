using System.Text;
using NewsPortal.Analysis.Actors;

namespace NewsPortal.Analysis.Tests;

public class ArticleAnalyzerTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    private static ArticleAnalysis Analyze(string body, DateOnly? published = null) =>
        Analyzer.Analyze(new ArticleInput("", body, published));

    [Fact]
    public void Actors_carry_the_verified_wikidata_id_or_the_own_id_and_every_mention_span()
    {
        const string body = "التقى بوتين والرئيس الصيني شي جين بينغ. وقال بوتين إن العلاقات ممتازة.";
        var result = Analyze(body);
        var putin = Assert.Single(result.Actors, a => a.OwnId == "np:person/vladimir-putin");
        Assert.Equal("Q7747", putin.Id);
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal(ActorKinds.Person, putin.Kind);
        Assert.Equal(2, putin.MentionCount);
        Assert.All(putin.Mentions, m => Assert.Equal("بوتين", body[m.Start..m.End]));
        var xi = Assert.Single(result.Actors, a => a.OwnId == "np:person/xi-jinping");
        Assert.Equal("np:person/xi-jinping", xi.Id);
        Assert.Null(xi.WikidataId);
    }

    [Fact]
    public void The_headline_is_tagged_and_its_mentions_index_the_headline()
    {
        const string title = "بوتين يستقبل وزير خارجية كوريا الشمالية";
        var result = Analyzer.Analyze(new ArticleInput(title, "لا شيء هنا.", null));
        var putin = Assert.Single(result.Actors, a => a.OwnId == "np:person/vladimir-putin");
        var mention = Assert.Single(putin.Mentions);
        Assert.True(mention.InTitle);
        Assert.Equal("بوتين", title[mention.Start..mention.End]);
        Assert.Contains(result.Actors, a => a.OwnId == "np:country/north-korea");
    }

    [Fact]
    public void A_headline_mention_joins_the_body_mentions_of_the_same_actor()
    {
        var result = Analyzer.Analyze(new ArticleInput("لافروف في بيونغ يانغ", "وصل وزير الخارجية الروسي سيرغي لافروف صباح اليوم.", null));
        var lavrov = Assert.Single(result.Actors, a => a.OwnId == "np:person/sergey-lavrov");
        Assert.Equal([true, false], lavrov.Mentions.Select(m => m.InTitle).OrderDescending());
    }

    [Fact]
    public void A_titled_person_unknown_to_the_gazetteer_is_proposed_as_a_candidate()
    {
        const string body = "وقال المتحدث باسم وزارة الدفاع اليابانية، هيروشي تاناكا، إن الصاروخ سقط في البحر.";
        var c = Assert.Single(Analyze(body).Candidates);
        Assert.Equal("هيروشي تاناكا", c.Name);
        Assert.Equal("هيروشي تاناكا", body[c.Start..c.End]);
        Assert.Equal("المتحدث باسم وزارة الدفاع اليابانية", c.Title);
        Assert.Equal(c.Title, body[c.TitleStart..c.TitleEnd]);
    }

    [Fact]
    public void A_titled_person_already_in_the_gazetteer_is_not_a_candidate()
    {
        var result = Analyze("وقال الناطق باسم وزارة الخارجية ماثيو ميلر للصحفيين إن واشنطن قلقة. وكان وزير الدفاع الروسي، سيرغي شويغو، في بيونغ يانغ.");
        Assert.Empty(result.Candidates);
        Assert.Contains(result.Actors, a => a.OwnId == "np:person/matthew-miller");
        Assert.Contains(result.Actors, a => a.OwnId == "np:person/sergei-shoigu");
    }

    [Fact]
    public void Help_is_not_a_title()
    {
        Assert.Empty(Analyze("قدمت روسيا مساعدة تقنية لبرنامج الصواريخ الكوري الشمالي.").Candidates);
    }

    [Fact]
    public void An_analyzer_over_database_actors_tags_them()
    {
        var entries = Gazetteer.ReadEmbedded().Append(new ActorEntry
        {
            Id = "np:person/hiroshi-tanaka", Kind = ActorKinds.Person, Name = "Hiroshi Tanaka", NamesAr = ["هيروشي تاناكا"],
        });
        var analyzer = ArticleAnalyzer.Create(Gazetteer.Build(entries));
        var result = analyzer.Analyze(new ArticleInput("", "وقال المتحدث هيروشي تاناكا إن بوتين سيزور طوكيو.", null));
        Assert.Contains(result.Actors, a => a.OwnId == "np:person/hiroshi-tanaka");
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Analysis_is_deterministic()
    {
        const string body = "زار الزعيم الكوري الشمالي كيم جونغ أون روسيا أمس والتقى بوتين في فلاديفوستوك.";
        var a = Analyze(body, new DateOnly(2023, 9, 13));
        var b = Analyze(body, new DateOnly(2023, 9, 13));
        Assert.Equal(a.Actors.Select(x => (x.Id, x.MentionCount)), b.Actors.Select(x => (x.Id, x.MentionCount)));
        Assert.Equal(a.Dates, b.Dates);
        Assert.Equal(a.Events.Select(e => (e.Type, e.Date, e.Status, e.Start)), b.Events.Select(e => (e.Type, e.Date, e.Status, e.Start)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("The Russian president met the North Korean leader in Vladivostok on Wednesday.")]
    [InlineData("普京与金正恩在符拉迪沃斯托克会面。")]
    [InlineData("\"قال بوتين «إن العلاقات \" ممتازة (جدا")]
    [InlineData("بوتينكيمروسياكورياالشماليةزيارةأمس2023")]
    [InlineData("Putin بوتين 13 September أيلول ٢٠٢٣ met كيم جونغ أون in Пхеньян")]
    [InlineData("\u200F\u200E\u0640\u064B\uFEFF\u200D")]
    [InlineData("1910-45-2023/13/45 99/99/9999 32 يناير 2023")]
    public void Odd_input_never_throws(string body)
    {
        var result = Analyze(body, new DateOnly(2023, 9, 13));
        Assert.NotNull(result);
        Assert.All(result.Dates, d => Assert.InRange(d.End, d.Start, body.Length));
        Assert.All(result.Actors.SelectMany(a => a.Mentions), m => Assert.InRange(m.End, m.Start, body.Length));
        Assert.All(result.Events, e => Assert.InRange(e.End, e.Start, body.Length));
    }

    [Fact]
    public void Five_megabytes_of_news_text_are_analysed()
    {
        const string paragraph = "زار الزعيم الكوري الشمالي كيم جونغ أون روسيا صباح أمس، الثلاثاء، والتقى بالرئيس الروسي فلاديمير بوتين " +
            "في مدينة فلاديفوستوك الروسية. وقال الكرملين إن الزعيمين ناقشا التعاون العسكري في 13 أيلول/سبتمبر 2023.\n";
        var sb = new StringBuilder();
        while (sb.Length < 5_000_000)
        {
            sb.Append(paragraph);
        }
        var result = Analyze(sb.ToString(), new DateOnly(2023, 9, 13));
        Assert.Contains(result.Actors, a => a.Id == "Q7747");
        Assert.NotEmpty(result.Events);
    }

    [Fact]
    public void Five_megabytes_without_spaces_or_sentence_ends_are_analysed()
    {
        var text = string.Concat(Enumerable.Repeat("بوتينزاركوريا", 400_000));
        var result = Analyze(text);
        Assert.Empty(result.Actors);
    }

    [Fact]
    public void One_five_megabyte_sentence_with_many_actors_is_analysed()
    {
        var text = string.Concat(Enumerable.Repeat("بوتين وكيم جونغ أون وإطلاق ", 190_000));
        var result = Analyze(text);
        Assert.Contains(result.Actors, a => a.Id == "Q56226");
    }
}
