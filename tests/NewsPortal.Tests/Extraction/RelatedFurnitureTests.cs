using System.Text;
using NewsPortal.Analysis;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;

namespace NewsPortal.Tests.Extraction;

/// <summary>
/// Related headlines, "في نفس السياق" / "اقرأ أيضا" blocks and tickers inside a page never give the
/// article actors or events, in saved text files and HTML pages alike; the article goes on after them.
/// </summary>
public class RelatedFurnitureTests
{
    private const string Lede = "استقبل وزير الخارجية الروسي سيرغي لافروف في موسكو وفدا من كوريا الشمالية يوم الثلاثاء.";
    private const string After = "وأضاف لافروف أن البلدين سيوقعان اتفاقا جديدا للنقل بالسكك الحديدية قبل نهاية العام.";

    private static readonly string[] Furniture =
    [
        "اقرأ أيضا: أردوغان يستقبل ماكرون في أنقرة لبحث ملف الطاقة",
        "في نفس السياق\nالرئيس المصري يلتقي ولي العهد السعودي في الرياض\nنتنياهو يزور واشنطن الأسبوع المقبل",
        "ذات صلة\nميركل تدعو إلى حوار مع طهران",
        "عاجل | زلزال بقوة ست درجات يضرب سواحل تركيا",
    ];

    private static readonly PageReader Reader = new(new SeedTextParser(), new HtmlArticleExtractor());
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    public static TheoryData<int> Blocks() => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_text_file_keeps_the_article_around_the_block_and_takes_no_actor_from_it(int block)
    {
        var text = $"لافروف يستقبل وفدا كوريا شماليا\n\n{Lede}\n\n{Furniture[block]}\n\n{After}\n";
        AssertNoFurnitureActors(Reader.Read(Encoding.UTF8.GetBytes(text), "text/plain", null).Article!);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void An_html_page_keeps_the_article_around_the_block_and_takes_no_actor_from_it(int block)
    {
        var furniture = string.Concat(Furniture[block].Split('\n').Select(l => $"<p>{l}</p>"));
        var html = $"""
            <html lang="ar"><head><title>لافروف يستقبل وفدا كوريا شماليا</title></head><body><article>
            <h1>لافروف يستقبل وفدا كوريا شماليا</h1>
            <p>{Lede}</p><p>{Lede.Replace("يوم الثلاثاء", "مساء", StringComparison.Ordinal)} وتناول اللقاء التعاون في مجالات التجارة والطاقة والنقل والتعليم.</p>
            {furniture}
            <p>{After}</p><p>وأشار إلى أن اللجنة الحكومية المشتركة ستجتمع في الخريف المقبل لبحث تفاصيل المشاريع المشتركة بين البلدين.</p>
            </article></body></html>
            """;
        AssertNoFurnitureActors(Reader.Read(Encoding.UTF8.GetBytes(html), "text/html", null).Article!);
    }

    [Fact]
    public void In_the_same_context_opening_a_sentence_is_prose_and_stays()
    {
        var text = $"عنوان الخبر\n\n{Lede}\n\nوفي نفس السياق، قال الرئيس التركي رجب طيب أردوغان إن بلاده تتابع التطورات.\n\n{After}\n";
        var article = Reader.Read(Encoding.UTF8.GetBytes(text), "text/plain", null).Article!;
        Assert.Contains("أردوغان", article.Body, StringComparison.Ordinal);
    }

    private static void AssertNoFurnitureActors(ParsedArticle article)
    {
        Assert.Contains("سيرغي لافروف", article.Body, StringComparison.Ordinal);
        Assert.Contains("بالسكك الحديدية", article.Body, StringComparison.Ordinal);
        var analysis = Analyzer.Analyze(new ArticleInput(article.Title, article.Body, new DateOnly(2025, 3, 4)));
        string[] furniture = ["np:person/recep-tayyip-erdogan", "np:person/emmanuel-macron", "np:place/ankara", "np:person/angela-merkel",
            "np:country/turkey", "np:person/benjamin-netanyahu", "np:person/mohammed-bin-salman", "np:place/riyadh", "np:place/washington-dc",
            "np:country/egypt", "np:place/tehran", "np:country/iran"];
        Assert.DoesNotContain(analysis.Actors, a => furniture.Contains(a.OwnId));
        Assert.All(analysis.Events, e => Assert.DoesNotContain("أنقرة", e.Evidence, StringComparison.Ordinal));
        Assert.Contains(analysis.Actors, a => a.OwnId == "np:person/sergey-lavrov");
    }
}
